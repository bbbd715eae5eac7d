/** TradingView's order size step per symbol (see order-qty-step.ts for the corpus evidence). */
import { describe, expect, it } from 'vitest';
import { symbolInfo } from '../../../market/symbol-info.ts';
import { CRYPTO_QTY_STEP, orderQtyStep } from './order-qty-step.ts';

describe('orderQtyStep', () => {
  it('BINANCE:ETHUSDT.P (lot 1 by default) trades in 0.0001 steps, as TradingView lists 547.6178', () => {
    const eth = symbolInfo('ETHUSDT.P', { exchange: 'BINANCE', currency: 'USDT' });
    expect(orderQtyStep(eth)).toBe(CRYPTO_QTY_STEP);
  });

  it('a crypto quote currency alone marks the symbol as crypto', () => {
    expect(orderQtyStep(symbolInfo('BTCUSDC', { currency: 'USDC' }))).toBe(0.0001);
  });

  it('a crypto symbol with a finer lot size keeps its lot size', () => {
    const btc = symbolInfo('BTCUSDT', { exchange: 'BINANCE', currency: 'USDT', lotSize: 1e-8 });
    expect(orderQtyStep(btc)).toBe(1e-8);
  });

  it('a stock keeps whole shares (lot 1)', () => {
    expect(orderQtyStep(symbolInfo('AAPL', { exchange: 'NASDAQ', currency: 'USD' }))).toBe(1);
  });
});

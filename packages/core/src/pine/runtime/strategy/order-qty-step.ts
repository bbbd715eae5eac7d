/**
 * The quantity step the Strategy Tester rounds every order size down to, for a chart symbol.
 *
 * TradingView trades crypto symbols in fractions of a coin: on BINANCE:ETHUSDT.P its trade lists
 * show sizes with four decimals, always rounded down, for computed sizes and for explicit `qty`
 * alike (PineForge corpus: 99 % of 1,000,000 at a signal close of 1807.83 = 547.61786… is listed
 * as 547.6178 in analyzer-parity-percent-of-equity-sizing-01; qty = 354.0748588746115 passed to
 * `strategy.entry` is listed as 354.0748 in composite-ies-equity-feedback-sizing-01). Other
 * symbols keep their lot size (1 = whole shares or contracts, the SymbolInfo default).
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_syminfo.mincontract
 */
import type { SymbolInfo } from '../../../market/symbol-info.ts';

/** Size step TradingView uses for crypto symbols (observed, see above). */
export const CRYPTO_QTY_STEP = 0.0001;

/** Quote currencies that only crypto markets use. */
const CRYPTO_QUOTES = new Set([
  'USDT',
  'USDC',
  'BUSD',
  'FDUSD',
  'TUSD',
  'DAI',
  'USDE',
  'BTC',
  'ETH',
  'BNB',
]);

/** Exchanges (TradingView prefixes) that list only crypto markets. */
const CRYPTO_EXCHANGES = new Set([
  'BINANCE',
  'BINANCEUS',
  'BYBIT',
  'OKX',
  'COINBASE',
  'KRAKEN',
  'BITSTAMP',
  'BITFINEX',
  'KUCOIN',
  'GATEIO',
  'BITGET',
  'MEXC',
  'DERIBIT',
  'BITMEX',
  'HTX',
  'GEMINI',
  'PHEMEX',
  'POLONIEX',
  'CRYPTO',
  'CRYPTOCAP',
]);

export function isCryptoSymbol(symbol: SymbolInfo): boolean {
  return (
    CRYPTO_QUOTES.has(symbol.currency.toUpperCase()) ||
    CRYPTO_EXCHANGES.has(symbol.exchange.toUpperCase())
  );
}

/** The symbol's lot size, or the crypto step when that is finer. */
export function orderQtyStep(symbol: SymbolInfo): number {
  return isCryptoSymbol(symbol) ? Math.min(symbol.lotSize, CRYPTO_QTY_STEP) : symbol.lotSize;
}

import { describe, expect, it } from 'vitest';
import { barsFromRows } from '../../market/bars.ts';
import { symbolInfo } from '../../market/symbol-info.ts';
import { parseTimeframe } from '../../market/timeframe.ts';
import type { OrderRequest } from '../orders/order.ts';
import { inferOrderType } from '../orders/order.ts';
import { WorkingOrder } from '../orders/working-order.ts';
import { createFillModel } from './create-fill-model.ts';
import { emptyDecision, type FillPhase } from './fill-model.ts';
import { TradingViewFillModel, type TradingViewFillOptions } from './tradingview-fill-model.ts';

// Worked by hand with mintick 0.01 (TRADINGVIEW-SEMANTICS.md rules 1–3 and 8).
// Bar 0: O=100 H=103 L=99 C=101 — the open is nearer the low (1 < 3): path 100 → 99 → 103 → 101.
// Bar 1: O=100 H=105 L=95 C=101 — a tie (5 = 5) is not "nearer the high": path 100 → 95 → 105 → 101.
// Bar 2: O=90 H=92 L=89 C=91 — gaps down below everything above 92.
const BARS = barsFromRows(symbolInfo('T'), parseTimeframe('1D'), [
  { time: 0, open: 100, high: 103, low: 99, close: 101, volume: 1 },
  { time: 86_400_000, open: 100, high: 105, low: 95, close: 101, volume: 1 },
  { time: 172_800_000, open: 90, high: 92, low: 89, close: 91, volume: 1 },
]);

const order = (request: OrderRequest) =>
  new WorkingOrder(request, 1, 'T', inferOrderType(request), 1, 0, 0, 0, 101, false);

function decide(
  request: OrderRequest | WorkingOrder,
  bar: number,
  options: TradingViewFillOptions = {},
  phase: FillPhase = 'bar',
) {
  const o = request instanceof WorkingOrder ? request : order(request);
  const out = emptyDecision();
  const filled = new TradingViewFillModel(options).decide(o, BARS, bar, phase, out);
  return filled ? { price: out.price, place: +out.position.toFixed(6), rule: out.rule } : null;
}

describe('TradingViewFillModel', () => {
  it.each<[string, OrderRequest, number, ReturnType<typeof decide>]>([
    [
      'market buy: the open plus 2 ticks of slippage',
      { side: 'buy' },
      0,
      { price: 100.02, place: 0, rule: 'market-at-open' },
    ],
    [
      'market sell: the open minus 2 ticks',
      { side: 'sell' },
      0,
      { price: 99.98, place: 0, rule: 'market-at-open' },
    ],
    [
      'buy limit 99.504 rounds down to 99.50 and fills at its level, never slipped',
      { side: 'buy', limit: 99.504 },
      0,
      { price: 99.5, place: 0.5, rule: 'limit-at-level' },
    ],
    [
      'buy stop 102.001 rounds up to 102.01: reached rising, plus 2 ticks',
      { side: 'buy', stop: 102.001 },
      0,
      { price: 102.03, place: 1.7525, rule: 'stop-at-level' },
    ],
    [
      'sell stop 98: the bar gaps below it and fills at the open minus 2 ticks',
      { side: 'sell', stop: 98 },
      2,
      { price: 89.98, place: 0, rule: 'stop-at-open' },
    ],
    [
      'sell limit 95: the open is already better, so it fills at the open',
      { side: 'sell', limit: 95 },
      0,
      { price: 100, place: 0, rule: 'limit-at-open' },
    ],
    [
      'buy limit 96 on the tie bar is reached on the way down first (place 0.8, not 1.9)',
      { side: 'buy', limit: 96 },
      1,
      { price: 96, place: 0.8, rule: 'limit-at-level' },
    ],
    ['buy stop 104 is never reached on bar 0', { side: 'buy', stop: 104 }, 0, null],
  ])('%s', (_, request, bar, expected) => {
    expect(decide(request, bar, { slippageTicks: 2 })).toEqual(expected);
  });

  it('backtest_fill_limits_assumption: with 3 ticks a buy limit needs a trade 0.03 below it', () => {
    // Low 99: a limit at 99.02 would need 98.99; one at 99.05 needs 99.02, reached at place 0.98.
    expect(decide({ side: 'buy', limit: 99.02 }, 0, { fillLimitsAssumption: 3 })).toBeNull();
    expect(decide({ side: 'buy', limit: 99.05 }, 0, { fillLimitsAssumption: 3 })).toEqual({
      price: 99.05,
      place: 0.98,
      rule: 'limit-at-level',
    });
  });

  it('process_orders_on_close: market at the close, price orders only when the close satisfies them', () => {
    const onClose = { processOrdersOnClose: true, slippageTicks: 1 };
    expect(decide({ side: 'buy' }, 0, onClose, 'close')).toEqual({
      price: 101.01,
      place: 3,
      rule: 'market-on-close',
    });
    expect(decide({ side: 'buy', limit: 101.5 }, 0, onClose, 'close')).toEqual({
      price: 101,
      place: 3,
      rule: 'limit-on-close',
    });
    expect(decide({ side: 'buy', limit: 100.5 }, 0, onClose, 'close')).toBeNull();
    expect(new TradingViewFillModel(onClose).fillsOnClose).toBe(true);
  });

  it('a stop-limit arms at its stop and keeps working as a limit on later bars', () => {
    // Buy stop 102.5 trades on bar 0's rise (103), the limit 98 is not reached after it.
    const o = order({ side: 'buy', stop: 102.5, limit: 98 });
    expect(decide(o, 0)).toBeNull();
    expect(o.triggered).toBe(true);
    // Bar 1 goes down to 95 first: the armed limit fills at 98.
    expect(decide(o, 1)).toEqual({ price: 98, place: 0.4, rule: 'limit-at-level' });
  });

  it('is created by name with its options checked', () => {
    const model = createFillModel({ name: 'tradingview', slippageTicks: 3 });
    expect(model.name).toBe('tradingview');
    expect(model.options).toEqual({
      slippageTicks: 3,
      fillLimitsAssumption: 0,
      processOrdersOnClose: false,
    });
    expect(() => createFillModel({ name: 'tradingview', slippageTicks: 1.5 } as never)).toThrow(
      'fillModel.slippageTicks: 1.5 is not a whole number of ticks >= 0',
    );
    expect(() => createFillModel({ name: 'tradingview', latencyBars: 1 } as never)).toThrow(
      'fillModel.latencyBars: not an option of the tradingview fill model',
    );
  });
});

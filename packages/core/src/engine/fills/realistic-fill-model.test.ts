import { describe, expect, it } from 'vitest';
import { type Bar, barsFromRows } from '../../market/bars.ts';
import { symbolInfo } from '../../market/symbol-info.ts';
import { parseTimeframe } from '../../market/timeframe.ts';
import { runBacktest } from '../kernel/backtest.ts';
import type { StrategyContext } from '../strategy/strategy.ts';
import { scripted } from '../test-support/scripted.ts';
import { RealisticFillModel, type RealisticFillOptions } from './realistic-fill-model.ts';

const DAY = 86_400_000;

/** Daily bars from [open, high, low, close] with 2,000 units of volume each; mintick 0.01. */
function bars(rows: readonly (readonly [number, number, number, number])[]) {
  const list: Bar[] = rows.map(([open, high, low, close], i) => ({
    time: Date.UTC(2024, 0, 1) + i * DAY,
    open,
    high,
    low,
    close,
    volume: 2000,
  }));
  return barsFromRows(symbolInfo('T'), parseTimeframe('1D'), list);
}

// Intrabar paths (TRADINGVIEW-SEMANTICS.md rule 2): bar 1 102 → 101 → 104 → 103 (low nearer).
const BARS = bars([
  [100, 101, 99, 100],
  [102, 104, 101, 103],
  [103, 106, 100, 105],
  [105, 107, 96, 98],
  [97, 99, 95, 96],
]);

function run(
  options: RealisticFillOptions,
  script: Record<number, (ctx: StrategyContext) => void>,
  data = BARS,
  initialCash = 1_000_000,
) {
  const result = runBacktest({
    strategy: scripted(script),
    data,
    initialCash,
    fillModel: new RealisticFillModel(options),
  });
  const fills = result.fills.map((f) => [f.orderId, f.bar, f.qty, f.price, f.rule, f.reasons]);
  return { result, fills, order: (id: number) => result.orders[id - 1]! };
}

describe('realistic fill model: participation rate', () => {
  it('caps a 1,000-unit order at 0.25 × 2,000 = 500 per bar: 500 @ 102 on bar 1, 500 @ 103 on bar 2', () => {
    const { fills, order } = run(
      { participationRate: 0.25 },
      { 0: (ctx) => ctx.buy({ qty: 1000 }) },
    );
    expect(fills).toEqual([
      [1, 1, 500, 102, 'market-at-open', ['partial-participation']],
      [1, 2, 500, 103, 'market-at-open', []],
    ]);
    // Volume-weighted average: (500 × 102 + 500 × 103) / 1,000 = 102.5.
    expect([order(1).status, order(1).filledQty, order(1).avgFillPrice]).toEqual([
      'filled',
      1000,
      102.5,
    ]);
  });

  it('shares one bar’s 500 units between orders, oldest first: 300 + 200 on bar 1, 100 on bar 2', () => {
    const { fills } = run(
      { participationRate: 0.25 },
      { 0: (ctx) => [ctx.buy({ qty: 300 }), ctx.buy({ qty: 300 })] },
    );
    expect(fills.map((f) => f.slice(0, 3))).toEqual([
      [1, 1, 300],
      [2, 1, 200],
      [2, 2, 100],
    ]);
  });

  it('FOK for 1,000 with 500 fillable does not fill and expires after its one bar', () => {
    const { fills, order } = run(
      { participationRate: 0.25 },
      { 0: (ctx) => ctx.buy({ qty: 1000, tif: 'FOK' }) },
    );
    expect(fills).toEqual([]);
    expect([order(1).status, order(1).filledQty]).toEqual(['expired', 0]);
  });

  it('IOC for 1,000 fills the 500 available on bar 1 and cancels the other 500', () => {
    const { fills, order } = run(
      { participationRate: 0.25 },
      { 0: (ctx) => ctx.buy({ qty: 1000, tif: 'IOC' }) },
    );
    expect(fills).toEqual([[1, 1, 500, 102, 'market-at-open', ['partial-participation']]]);
    expect([order(1).status, order(1).filledQty, order(1).reason]).toEqual([
      'expired',
      500,
      'IOC order: 500 of 1000 filled at its first opportunity, the rest cancelled',
    ]);
  });
});

describe('simulated exchange: partial fills', () => {
  it('a bracket entry that IOC cut to 500 of 1,000 protects the 500 it filled', () => {
    const { order } = run(
      { participationRate: 0.25 },
      { 0: (ctx) => ctx.buy({ qty: 1000, tif: 'IOC', takeProfit: 110, stopLoss: 90 }) },
    );
    expect([2, 3].map((id) => [order(id).type, order(id).qty, order(id).parentId])).toEqual([
      ['limit', 500, 1],
      ['stop', 500, 1],
    ]);
  });

  it('sizes a fraction of funds once, at the first fill, and cancels a rest it can no longer pay for', () => {
    // Cash 100,000 at 102: floor(100,000 / 102) = 980 units; 500 fill on bar 1 at 102. Marked at
    // 103 that holding needs 51,500 of the 100,500 equity, leaving 49,000; the other 480 at
    // bar 2's open 103 would need 49,440.
    const { fills, order } = run(
      { participationRate: 0.25 },
      { 0: (ctx) => ctx.buy({ qty: { fraction: 1 } }) },
      BARS,
      100_000,
    );
    expect(fills.map((f) => f.slice(0, 4))).toEqual([[1, 1, 500, 102]]);
    expect([order(1).status, order(1).reason]).toEqual([
      'cancelled',
      'insufficient margin for the remaining 480',
    ]);
  });

  it('a cancelled partly filled order keeps its filled units', () => {
    const { order } = run(
      { participationRate: 0.25 },
      { 0: (ctx) => ctx.buy({ qty: 1000 }), 1: (ctx) => ctx.cancel(1) },
    );
    expect([order(1).status, order(1).filledQty]).toEqual(['cancelled', 500]);
  });
});

describe('realistic fill model: slippage against the trader, rounded to the mintick 0.01', () => {
  // Market order of 100 units from bar 0 fills at bar 1's open 102.
  it.each([
    // 2 ticks: 102 ± 0.02.
    ['2 ticks', { kind: 'ticks', ticks: 2 }, 102.02, 101.98],
    // 0.1 %: 102 × 1.001 = 102.102 → up to 102.11 for the buy; 101.898 → down to 101.89 for the sell.
    ['0.1 %', { kind: 'percent', percent: 0.1 }, 102.11, 101.89],
    // Zipline volume share: share 100 / 2,000 = 0.05; 102 × 0.1 × 0.05² = 0.0255 →
    // 102.0255 up to 102.03 for the buy; 101.9745 down to 101.97 for the sell.
    ['volume share, impact 0.1', { kind: 'volume-share', impact: 0.1 }, 102.03, 101.97],
  ] as const)('%s: buy at %d, sell at %d', (_, slippage, buyPrice, sellPrice) => {
    const buy = run({ slippage }, { 0: (ctx) => ctx.buy({ qty: 100 }) });
    const sell = run({ slippage }, { 0: (ctx) => ctx.sell({ qty: 100 }) });
    expect([buy.result.fills[0]!.price, sell.result.fills[0]!.price]).toEqual([
      buyPrice,
      sellPrice,
    ]);
    expect(buy.result.fills[0]!.slippage).toBeCloseTo(buyPrice - 102, 9);
  });

  it('volume share counts units filled earlier on the bar: second order of 100 pays for share 200 / 2,000', () => {
    // Second fill: 102 × 0.1 × 0.1² = 0.102 → 102.102 up to 102.11.
    const { result } = run(
      { slippage: { kind: 'volume-share', impact: 0.1 } },
      {
        0: (ctx) => [ctx.buy({ qty: 100 }), ctx.buy({ qty: 100 })],
      },
    );
    expect(result.fills.map((f) => f.price)).toEqual([102.03, 102.11]);
  });

  it('a resting limit fills at its level without slippage; a limit gapped through is capped at its limit', () => {
    // Bar 1 path 102 → 101 → 104: buy limit 101.5 is reached at its level → 101.5, no slippage.
    // Buy limit 102.01: the open 102 is already under it (position 0, filled first), and
    // 102 + 2 ticks = 102.02 would be past the limit, so the fill is capped at 102.01.
    const { fills } = run(
      { slippage: { kind: 'ticks', ticks: 2 } },
      {
        0: (ctx) => [ctx.buy({ limit: 101.5 }), ctx.buy({ limit: 102.01 })],
      },
    );
    expect(fills).toEqual([
      [2, 1, 1, 102.01, 'limit-at-open', []],
      [1, 1, 1, 101.5, 'limit-at-level', []],
    ]);
  });
});

describe('realistic fill model: stops and gaps', () => {
  it('a sell stop 100 gapped through by an open at 95 fills at the open less 2 ticks: 94.98', () => {
    const gap = bars([
      [100, 101, 99, 100],
      [102, 104, 101, 103],
      [95, 96, 94, 95],
    ]);
    const { fills } = run(
      { slippage: { kind: 'ticks', ticks: 2 } },
      { 0: (ctx) => ctx.buy(), 1: (ctx) => ctx.sell({ stop: 100 }) },
      gap,
    );
    expect(fills).toEqual([
      [1, 1, 1, 102.02, 'market-at-open', []],
      [2, 2, 1, 94.98, 'stop-at-open', []],
    ]);
  });

  it('a buy stop 101 under the open 102 fills at 102.02; a sell stop 101.5 touched on the path at 101.48', () => {
    const { fills } = run(
      { slippage: { kind: 'ticks', ticks: 2 } },
      {
        0: (ctx) => [ctx.buy({ stop: 101 }), ctx.sell({ stop: 101.5 })],
      },
    );
    // Path 102 → 101 → 104 → 103: the buy stop is through at the open (position 0), the sell stop
    // is reached on the way down (position 0.5).
    expect(fills).toEqual([
      [1, 1, 1, 102.02, 'stop-at-open', []],
      [2, 1, 1, 101.48, 'stop-at-level', []],
    ]);
  });
});

describe('realistic fill model: latency', () => {
  it('with 2 bars of latency an order from bar 0 sits out bars 1 and 2 and fills at bar 3’s open 105', () => {
    const { fills } = run({ latencyBars: 2 }, { 0: (ctx) => ctx.buy() });
    expect(fills).toEqual([[1, 3, 1, 105, 'market-at-open', ['latency-released']]]);
  });

  it('time in force counts from the first eligible bar: an IOC limit 90 from bar 0 expires on bar 3', () => {
    const { order, result } = run(
      { latencyBars: 2 },
      {
        0: (ctx) => ctx.buy({ limit: 90, tif: 'IOC' }),
      },
    );
    expect([order(1).status, order(1).updatedTime]).toEqual(['expired', result.time[3]]);
  });
});

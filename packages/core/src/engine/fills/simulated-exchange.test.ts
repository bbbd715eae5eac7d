import { describe, expect, it } from 'vitest';
import { runBacktest } from '../kernel/backtest.ts';
import type { Order } from '../orders/order.ts';
import type { StrategyContext } from '../strategy/strategy.ts';
import { dailyBars, type ScriptLog, scripted } from '../test-support/scripted.ts';

// Hand-worked bars (open, high, low, close). Paths by TRADINGVIEW-SEMANTICS.md rule 2:
// bar 1: 102 → 101 → 104 → 103 (low nearer the open); bar 2: 103 → 106 → 100 → 105 (tie: high first).
const BARS = dailyBars([
  [100, 101, 99, 100],
  [102, 104, 101, 103],
  [103, 106, 100, 105],
  [105, 107, 96, 98],
  [97, 99, 95, 96],
]);

function run(
  script: Record<number, (ctx: StrategyContext) => void>,
  fillModel: 'next-open' | 'on-close' = 'next-open',
  initialCash = 10_000,
) {
  const log: ScriptLog = { orders: [], fills: [], events: [] };
  const result = runBacktest({
    strategy: scripted(script, log),
    data: BARS,
    initialCash,
    fillModel,
  });
  const byId = (id: number): Order => result.orders[id - 1]!;
  return { result, log, byId };
}

describe('simulated exchange: orders on hand-worked bars', () => {
  it('market order from bar 0 fills at bar 1 open 102 (next-open) or at bar 0 close 100 (on-close)', () => {
    const next = run({ 0: (ctx) => ctx.buy() });
    expect(next.result.fills.map((f) => [f.bar, f.price, f.rule])).toEqual([
      [1, 102, 'market-at-open'],
    ]);
    const onClose = run({ 0: (ctx) => ctx.buy() }, 'on-close');
    expect(onClose.result.fills.map((f) => [f.bar, f.price, f.rule])).toEqual([
      [0, 100, 'market-on-close'],
    ]);
  });

  it('OCO: buy limit 101.5 is reached before buy stop 103.5 on bar 1, so the stop is cancelled', () => {
    const { result, byId } = run({
      0: (ctx) => {
        ctx.buy({ limit: 101.5, ocoGroup: 'g' });
        ctx.buy({ stop: 103.5, ocoGroup: 'g' });
      },
    });
    expect(result.fills.map((f) => [f.orderId, f.price, f.rule])).toEqual([
      [1, 101.5, 'limit-at-level'],
    ]);
    expect([byId(2).status, byId(2).reason]).toEqual(['cancelled', 'OCO: order 1 filled']);
  });

  it('bracket: entry at 102, take-profit 105.5 hit on bar 2 before the stop-loss 99.5, which is cancelled', () => {
    const { result, byId } = run({ 0: (ctx) => ctx.buy({ takeProfit: 105.5, stopLoss: 99.5 }) });
    expect(result.fills.map((f) => [f.bar, f.side, f.price])).toEqual([
      [1, 'buy', 102],
      [2, 'sell', 105.5],
    ]);
    expect(byId(3).status).toBe('cancelled');
    expect(result.trades.map((t) => t.pnl)).toEqual([3.5]);
  });

  it('reduce-only with no position is cancelled when it would fill', () => {
    const { byId } = run({ 0: (ctx) => ctx.sell({ reduceOnly: true }) });
    expect([byId(1).status, byId(1).reason]).toEqual([
      'cancelled',
      'reduce-only order with nothing to reduce',
    ]);
  });

  it('IOC limit 90 gets one evaluation (bar 1) and expires; DAY limit 90 expires on the next day (bar 2)', () => {
    const { result, byId } = run({
      0: (ctx) => [ctx.buy({ limit: 90, tif: 'IOC' }), ctx.buy({ limit: 90, tif: 'DAY' })],
    });
    expect([byId(1).status, byId(1).updatedTime]).toEqual(['expired', result.time[1]]);
    expect([byId(2).status, byId(2).updatedTime]).toEqual(['expired', result.time[2]]);
  });

  it('trailing stop 3 below the best price: starts at 100 − 3, trails bar 1 high 104 to 101, fills at 101 on bar 2', () => {
    const { result } = run({ 0: (ctx) => [ctx.buy(), ctx.sell({ trailOffset: 3 })] });
    expect(result.fills.map((f) => [f.bar, f.side, f.price, f.rule])).toEqual([
      [1, 'buy', 102, 'market-at-open'],
      [2, 'sell', 101, 'stop-at-level'],
    ]);
  });

  it('rejects an order whose margin exceeds available funds (2 × 102 > 150)', () => {
    const { byId, result } = run({ 0: (ctx) => ctx.buy({ qty: 2 }) }, 'next-open', 150);
    expect([byId(1).status, byId(1).reason]).toEqual(['rejected', 'insufficient margin']);
    expect(result.fills).toEqual([]);
  });

  it('rejects invalid requests at submission with a reason', () => {
    const { byId } = run({ 0: (ctx) => [ctx.buy({ type: 'limit' }), ctx.buy({ qty: 0 })] });
    expect(byId(1).reason).toBe('limit order needs a limit price');
    expect(byId(2).reason).toBe('qty must be > 0 units or a fraction in (0, 1]');
  });

  it('sizes a fraction of available funds in whole units at the fill price: floor(10,000 / 102) = 98', () => {
    const { result } = run({ 0: (ctx) => ctx.buy({ qty: { fraction: 1 } }) });
    expect(result.fills[0]!.qty).toBe(98);
  });

  it('reports order events to onOrder and fills to onFill, in order', () => {
    const { log } = run({ 0: (ctx) => ctx.buy(), 1: (ctx) => ctx.close() });
    expect(log.events).toEqual(['1:pending', '1:filled', '2:pending', '2:filled']);
    expect(log.fills.map((f) => f.price)).toEqual([102, 103]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Strategy } from '../strategy/strategy.ts';
import { dailyBars, scripted } from '../test-support/scripted.ts';
import { BacktestCancelledError, runBacktest } from './backtest.ts';
import { EventQueue } from './event-queue.ts';

const BARS = dailyBars([
  [100, 101, 99, 100],
  [102, 104, 101, 103],
  [103, 106, 100, 105],
  [105, 107, 96, 98],
]);

describe('EventQueue', () => {
  it('pops by time, ties in insertion order', () => {
    const q = new EventQueue<string>();
    for (const [t, v] of [
      [5, 'a'],
      [1, 'b'],
      [5, 'c'],
      [1, 'd'],
      [3, 'e'],
    ] as const)
      q.push(t, v);
    expect(Array.from({ length: 5 }, () => q.pop())).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(q.pop()).toBeUndefined();
  });
});

describe('kernel loop', () => {
  it('calls init once, onBar per bar with the bar closed, onStop once', () => {
    const calls: string[] = [];
    const strategy: Strategy = {
      name: 's',
      params: {},
      init: () => calls.push('init'),
      onBar: (ctx) =>
        calls.push(`bar ${ctx.step} close ${ctx.bars.close.at()} prev ${ctx.bars.close.at(1)}`),
      onStop: () => calls.push('stop'),
    };
    runBacktest({ strategy, data: BARS });
    expect(calls).toEqual([
      'init',
      'bar 0 close 100 prev NaN',
      'bar 1 close 103 prev 100',
      'bar 2 close 105 prev 103',
      'bar 3 close 98 prev 105',
      'stop',
    ]);
  });

  it('records equity after each bar: 1 unit bought at 102 is marked at 103, 105, 98', () => {
    const r = runBacktest({
      strategy: scripted({ 0: (ctx) => ctx.buy() }),
      data: BARS,
      initialCash: 1000,
    });
    expect([...r.equity]).toEqual([1000, 1001, 1003, 996]);
    expect([...r.drawdown].map((d) => +d.toFixed(6))).toEqual([
      0,
      0,
      0,
      +(996 / 1003 - 1).toFixed(6),
    ]);
  });

  it.each([
    ['none', 1, 996],
    ['last-close', 0, 996],
    ['replay-last-bar', 0, 1003],
  ] as const)(
    'closeAtEnd=%s leaves %d open position(s), final equity %d',
    (closeAtEnd, open, equity) => {
      const r = runBacktest({
        strategy: scripted({ 0: (ctx) => ctx.buy() }),
        data: BARS,
        initialCash: 1000,
        closeAtEnd,
      });
      expect(r.openPositions).toHaveLength(open);
      expect(r.finalEquity).toBe(equity);
    },
  );

  it('reports progress and stops with BacktestCancelledError when the signal aborts', () => {
    const seen: number[] = [];
    const signal = { aborted: false };
    const run = () =>
      runBacktest({
        strategy: scripted({}),
        data: BARS,
        progressEvery: 2,
        signal,
        onProgress: (done) => {
          seen.push(done);
          if (done >= 2) signal.aborted = true;
        },
      });
    expect(run).toThrow(BacktestCancelledError);
    expect(seen).toEqual([2]);
  });

  it('rejects unknown parameters and out-of-range values', () => {
    const strategy: Strategy<{ n: number }> = {
      name: 's',
      params: { n: { default: 3, min: 1, description: 'n' } },
      onBar: () => {},
    };
    expect(() => runBacktest({ strategy, data: BARS, params: { n: 0 } })).toThrow(
      'parameter "n" = 0 is below 1',
    );
    expect(() => runBacktest({ strategy, data: BARS, params: { m: 1 } as never })).toThrow(
      'unknown parameter "m"',
    );
    expect(runBacktest({ strategy, data: BARS, params: { n: 5 } }).params).toEqual({ n: 5 });
  });

  it('indicators must be registered in init', () => {
    const strategy: Strategy = {
      name: 's',
      params: {},
      onBar: (ctx) => void ctx.indicators.sma(2),
    };
    expect(() => runBacktest({ strategy, data: BARS })).toThrow('register indicators in init()');
  });
});

describe('multiple feeds', () => {
  // An hourly primary feed of 48 bars and a daily feed of 2 bars: the daily bar of day 0 closes at
  // 24:00, so it is visible from the hourly bar that opens at 23:00 (closing at 24:00) on.
  const hourly = dailyBars(
    Array.from({ length: 48 }, (_, i) => [i, i + 1, i - 1, i] as const),
    'H',
    '60',
  );
  const daily = dailyBars(
    [
      [0, 24, -1, 23],
      [24, 48, 23, 47],
    ],
    'D',
  );

  it('aligns a secondary feed by close time, without look-ahead', () => {
    const seen: number[] = [];
    const strategy: Strategy = {
      name: 's',
      params: {},
      onBar: (ctx) => seen.push(ctx.feed('D').close.at()),
    };
    runBacktest({ strategy, data: [{ bars: hourly }, { bars: daily }] });
    expect(seen.slice(21, 25)).toEqual([Number.NaN, Number.NaN, 23, 23]);
    expect(seen[47]).toBe(47);
  });

  it('fills orders on a secondary symbol against its own bars', () => {
    const strategy = scripted({ 23: (ctx) => ctx.buy({ symbol: 'D' }) });
    const r = runBacktest({ strategy, data: [{ bars: hourly }, { bars: daily }] });
    expect(r.fills.map((f) => [f.symbol, f.price, f.bar])).toEqual([['D', 24, 47]]);
  });
});

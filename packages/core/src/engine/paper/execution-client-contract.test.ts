import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SmaCross } from '../../../../../examples/strategies/backtesting-py-smacross.ts';
import type { Bars } from '../../market/bars.ts';
import { type BacktestConfig, runBacktest } from '../kernel/backtest.ts';
import type { Fill } from '../kernel/execution-client.ts';
import type { Params } from '../strategy/params.ts';
import type { Strategy } from '../strategy/strategy.ts';
import { bracketBreakout } from '../test-support/bracket-breakout.ts';
import { referenceBars } from '../test-support/reference-bars.ts';
import { referenceUrl } from '../test-support/reference-table.ts';
import { dailyBars, scripted } from '../test-support/scripted.ts';
import { PaperSession } from './paper-session.ts';

// The one-kernel property (ARCHITECTURE principle 1): a strategy trades through the ExecutionClient
// interface only, so the simulated exchange driven by the backtest loop and the paper client driven
// bar by bar, as a live feed drives it, must give the same fills on the same bars.

type Settings = Pick<BacktestConfig<Params>, 'initialCash' | 'closeAtEnd' | 'fillModel'>;
interface Outcome {
  readonly fills: readonly Fill[];
  readonly trades: number;
  readonly finalEquity: number;
}
type Run = (strategy: Strategy, bars: Bars, settings: Settings) => Outcome;

const simulated: Run = (strategy, bars, settings) => {
  const r = runBacktest({ strategy, data: bars, ...settings });
  return { fills: r.fills, trades: r.trades.length, finalEquity: r.finalEquity };
};

/** Feeds the bars to a paper session one at a time, as bar objects, the way a live feed would. */
const paper: Run = (strategy, bars, { closeAtEnd, ...settings }) => {
  const session = new PaperSession({
    strategy,
    symbol: bars.symbol,
    timeframe: bars.timeframe,
    capacity: Math.max(bars.length, 1),
    ...settings,
  });
  for (let i = 0; i < bars.length; i++)
    session.onBar({
      time: bars.time[i]!,
      open: bars.open[i]!,
      high: bars.high[i]!,
      low: bars.low[i]!,
      close: bars.close[i]!,
      volume: bars.volume[i]!,
    });
  const r = session.stop(closeAtEnd);
  return { fills: r.fills, trades: r.trades.length, finalEquity: r.finalEquity };
};

const GOOG = referenceUrl('backtesting-py/GOOG.csv');
const goog = () => referenceBars(readFileSync(GOOG, 'utf8'), 'GOOG', 'backtesting-py/GOOG.csv');
const row = (f: Fill) => [f.time, f.side, f.qty, f.price, f.rule];

// Worked by hand on TRADINGVIEW-SEMANTICS.md rule 2's path (open → nearer extreme → other → close):
// bar 1 (102/104/101/103) goes down first and touches the buy limit 101.5 at its level; the
// bracket (TP 105.5, SL 99.5) works from bar 2. Bar 2 (103/105.9/100/105) opens nearer its high
// and goes up first: the TP fills at 105.5 (path 0.86), its OCO partner SL is cancelled, then the
// sell stop 100.5 fills on the way down (path 1.92) and cancels its OCO partner, the sell limit
// 106.5, which the bar never reached. Bar 3 opens at 105,
// through the buy stop 104 placed at bar 2's close: it fills at the open. The buy limit 90 is
// cancelled at bar 1. Equity 1000 + (105.5 − 101.5) + (100.5 − 105) = 999.5.
const FOUR_BARS = dailyBars([
  [100, 101, 99, 100],
  [102, 104, 101, 103],
  [103, 105.9, 100, 105],
  [105, 107, 96, 98],
]);
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const priceOrders = () =>
  scripted({
    0: (ctx) => {
      ctx.buy({ limit: 101.5, takeProfit: 105.5, stopLoss: 99.5 });
      ctx.sell({ stop: 100.5, ocoGroup: 'x' });
      ctx.sell({ limit: 106.5, ocoGroup: 'x' });
      ctx.buy({ limit: 90, tag: 'far' });
    },
    1: (ctx) => {
      for (const o of ctx.openOrders()) if (o.tag === 'far') ctx.cancel(o.id);
    },
    2: (ctx) => ctx.buy({ stop: 104, reduceOnly: true }),
  });

function executionClientContract(name: string, run: Run): void {
  describe(`ExecutionClient contract: ${name}`, () => {
    it('limit, stop, bracket and OCO orders fill as worked out by hand', () => {
      const r = run(priceOrders(), FOUR_BARS, { initialCash: 1000 });
      expect(r.fills.map(row)).toEqual([
        [T0 + DAY, 'buy', 1, 101.5, 'limit-at-level'],
        [T0 + 2 * DAY, 'sell', 1, 105.5, 'limit-at-level'],
        [T0 + 2 * DAY, 'sell', 1, 100.5, 'stop-at-level'],
        [T0 + 3 * DAY, 'buy', 1, 105, 'stop-at-open'],
      ]);
      expect(r.finalEquity).toBe(999.5);
    });

    describe.skipIf(!existsSync(GOOG))('on GOOG.csv', () => {
      it("SmaCross gives backtesting.py's published 66 trades and Equity Final 51,422.99", () => {
        const r = run(new SmaCross(), goog(), {
          initialCash: 10_000,
          closeAtEnd: 'replay-last-bar',
        });
        expect(r.trades).toBe(66);
        expect(r.finalEquity).toBeCloseTo(51_422.98999999996, 6);
      });

      it.each([
        ['SmaCross (market orders, all-in sizing)', () => new SmaCross() as Strategy, 10_000],
        ['bracket-breakout (stop, limit, bracket, OCO)', () => bracketBreakout() as Strategy, 1e5],
      ] as const)('%s: the simulated exchange fills, field for field', (_, make, cash) => {
        const settings: Settings = { initialCash: cash, closeAtEnd: 'replay-last-bar' };
        const reference = simulated(make(), goog(), settings);
        const r = run(make(), goog(), settings);
        expect(reference.fills.length).toBeGreaterThan(60);
        expect(r.fills).toEqual(reference.fills);
        expect(r.finalEquity).toBe(reference.finalEquity);
      });

      it('bracket-breakout under the realistic fill model (slippage, participation, latency)', () => {
        const settings: Settings = {
          initialCash: 1e5,
          fillModel: {
            name: 'realistic',
            slippage: { kind: 'ticks', ticks: 2 },
            participationRate: 0.000_002,
            latencyBars: 1,
          },
        };
        const reference = simulated(bracketBreakout(), goog(), settings);
        const r = run(bracketBreakout(), goog(), settings);
        expect(reference.fills.some((f) => f.reasons.includes('partial-participation'))).toBe(true);
        expect(r.fills).toEqual(reference.fills);
        expect(r.finalEquity).toBe(reference.finalEquity);
      });
    });
  });
}

executionClientContract('simulated exchange, backtest loop', simulated);
executionClientContract('paper client, bars pushed one at a time', paper);

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SmaCross } from '../../../../../examples/strategies/backtesting-py-smacross.ts';
import { runBacktest } from '../kernel/backtest.ts';
import type { StatName } from '../metrics/stats.ts';
import { referenceBars } from '../test-support/reference-bars.ts';
import { referenceUrl } from '../test-support/reference-table.ts';

// Reference: kernc/backtesting.py backtesting/test/_test.py `test_compute_stats`:
// Backtest(GOOG, SmaCross, finalize_trades=True).run() with cash 10,000, no commission, market
// orders at the next open, size = all available cash in whole units, last trade closed at the end.
const GOOG = referenceUrl('backtesting-py/GOOG.csv');
const DAY = 86_400_000;

const EXPECTED: [StatName, number][] = [
  ['Start', Date.UTC(2004, 7, 19)],
  ['End', Date.UTC(2013, 2, 1)],
  ['Duration', 3116 * DAY],
  ['# Trades', 66],
  ['Exposure Time [%]', 96.74115456238361],
  ['Equity Final [$]', 51422.98999999996],
  ['Equity Peak [$]', 75787.44],
  ['Return [%]', 414.2298999999996],
  ['Buy & Hold Return [%]', 522.0601851851852],
  ['Return (Ann.) [%]', 21.191099249053224],
  ['Volatility (Ann.) [%]', 36.49716090702389],
  ['CAGR [%]', 21.160245705962623],
  ['Sharpe Ratio', 0.5806232244485349],
  ['Sortino Ratio', 1.0853434352488662],
  ['Calmar Ratio', 0.44166409202994605],
  ['Alpha [%]', 394.37391142027462],
  ['Beta', 0.03803390709192],
  ['Max. Drawdown [%]', -47.98012705007589],
  ['Avg. Drawdown [%]', -5.925851581948801],
  ['Max. Drawdown Duration', 584 * DAY],
  ['Avg. Drawdown Duration', 41 * DAY],
  ['Win Rate [%]', 46.96969696969697],
  ['Best Trade [%]', 53.59595229490424],
  ['Worst Trade [%]', -18.39887353835481],
  ['Avg. Trade [%]', 2.531715975158555],
  ['Max. Trade Duration', 183 * DAY],
  ['Avg. Trade Duration', 46 * DAY],
  ['Profit Factor', 2.167945974262033],
  ['Expectancy [%]', 3.2748078066748834],
  ['SQN', 1.0766187356697705],
  ['Kelly Criterion', 0.1518705127029717],
];

describe.skipIf(!existsSync(GOOG))('backtesting.py SmaCross(10, 30) on GOOG.csv', () => {
  const run = () =>
    runBacktest({
      strategy: new SmaCross(),
      data: referenceBars(readFileSync(GOOG, 'utf8'), 'GOOG', 'backtesting-py/GOOG.csv'),
      initialCash: 10_000,
      closeAtEnd: 'replay-last-bar',
    });
  const result = existsSync(GOOG) ? run() : undefined;

  it.each(EXPECTED)('%s = %d (1e-6 relative)', (name, expected) => {
    const actual = result!.stats[name];
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.abs(expected));
  });

  it('records the fill model and the rule of every fill', () => {
    expect(result!.fillModel).toBe('next-open');
    expect(new Set(result!.fills.map((f) => f.rule))).toEqual(new Set(['market-at-open']));
    expect(result!.stats['Commissions [$]']).toBeUndefined();
  });

  it('is deterministic: a second run gives identical equity and trades', () => {
    const again = run();
    expect(again.equity).toEqual(result!.equity);
    expect(again.trades).toEqual(result!.trades);
  });
});

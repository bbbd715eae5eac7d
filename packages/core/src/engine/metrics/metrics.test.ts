import { describe, expect, it } from 'vitest';
import type { Trade } from '../portfolio/trade.ts';
import { logReturnBeta } from './beta.ts';
import { drawdownSummary } from './drawdown.ts';
import { periodReturns } from './period-returns.ts';
import { geometricMeanReturn, median, std } from './sample-statistics.ts';
import { computeStats } from './stats.ts';
import { tradeFigures } from './trade-figures.ts';

const DAY = 86_400_000;
const MON = Date.UTC(2024, 0, 1); // a Monday

describe('drawdowns (backtesting.py compute_drawdown_duration_peaks)', () => {
  // Equity 100, 110, 99, 110, 120, 108: dd = 0, 0, 0.1, 0, 0, 0.1. Peaks at bars 0, 1, 3, 4 plus
  // the last bar 5; only 1 → 3 spans more than one bar: 2 days deep 10 %.
  it('finds periods that span more than one bar', () => {
    const time = [0, 1, 2, 3, 4, 5].map((d) => d * DAY);
    const summary = drawdownSummary([100, 110, 99, 110, 120, 108], time);
    expect(summary.max).toBeCloseTo(0.1, 12);
    expect(summary.peak).toBe(120);
    expect(summary.periods).toBe(1);
    expect(summary.maxDuration).toBe(2 * DAY);
    expect(summary.meanDuration).toBe(2 * DAY);
    expect(summary.meanDepth).toBeCloseTo(0.1, 12);
  });
});

describe('periodReturns (pandas resample(...).last().pct_change())', () => {
  // Mon 100, Sun 110 (same week, W-SUN), next Mon 121: weekly returns [0.1].
  it('keeps the last equity of each week ending Sunday', () => {
    const time = [MON, MON + 6 * DAY, MON + 7 * DAY];
    expect(periodReturns(time, [100, 110, 121], 'week')).toEqual([121 / 110 - 1]);
    expect(periodReturns(time, [100, 110, 121], 'day')).toEqual([110 / 100 - 1, 121 / 110 - 1]);
  });
});

describe('sample statistics', () => {
  it.each([
    ['geometric mean of +10 %, −50 %', geometricMeanReturn([0.1, -0.5]), Math.sqrt(1.1 * 0.5) - 1],
    ['geometric mean with a −100 % return (backtesting.py: 0)', geometricMeanReturn([0.1, -1]), 0],
    ['sample std of 1, 2, 3, 4', std([1, 2, 3, 4]), Math.sqrt(5 / 3)],
    ['median of 4, 1, 3, 2', median([4, 1, 3, 2]), 2.5],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 14);
  });
});

describe('trade statistics (backtesting.py formulas, hand-worked)', () => {
  // P&L 10, −5, 20 with returns 10 %, −5 %, 20 %: win rate 2/3; profit factor (0.1 + 0.2) / 0.05 = 6;
  // expectancy 8.33 %; SQN √3 × 8.33 / std(10, −5, 20); Kelly 2/3 − (1/3) / (15 / 5) = 5/9.
  const trade = (pnl: number, returnPct: number, bar: number): Trade => ({
    id: bar,
    symbol: 'X',
    size: 1,
    entryPrice: 100,
    entryBar: bar,
    entryTime: MON + bar * DAY,
    exitPrice: 100,
    exitBar: bar + 1,
    exitTime: MON + (bar + 1) * DAY,
    pnl,
    returnPct,
    commission: 0,
    entryCommission: 0,
    entryTag: '',
    exitTag: '',
  });
  const time = [0, 1, 2, 3, 4, 5, 6].map((d) => MON + d * DAY);
  const stats = computeStats({
    time,
    equity: [100, 110, 105, 125, 125, 125, 125],
    close: [10, 11, 12, 13, 14, 15, 16],
    trades: [trade(10, 0.1, 0), trade(-5, -0.05, 2), trade(20, 0.2, 4)],
  });

  it.each([
    ['# Trades', 3],
    ['Win Rate [%]', 200 / 3],
    ['Profit Factor', 6],
    ['Expectancy [%]', 25 / 3],
    ['SQN', (Math.sqrt(3) * (25 / 3)) / std([10, -5, 20])],
    ['Kelly Criterion', 5 / 9],
    ['Best Trade [%]', 20],
    ['Worst Trade [%]', -5],
    ['Return [%]', 25],
    ['Buy & Hold Return [%]', 60],
    ['Equity Peak [$]', 125],
    ['Max. Drawdown [%]', -(1 - 105 / 110) * 100],
    ['Exposure Time [%]', (6 / 7) * 100],
    ['Max. Trade Duration', DAY],
    ['Duration', 6 * DAY],
  ] as const)('%s = %d', (name, expected) => {
    expect(stats[name]).toBeCloseTo(expected, 10);
  });
});

describe('logReturnBeta (backtesting.py: cov(equity, market log returns) / var(market))', () => {
  const close = [10, 11, 9.9, 10.89, 10.5, 12];
  it('is 1 when equity moves as the market, 2 when its log returns are doubled', () => {
    expect(
      logReturnBeta(
        close.map((c) => c * 100),
        close,
      ),
    ).toBeCloseTo(1, 12);
    expect(
      logReturnBeta(
        close.map((c) => c * c),
        close,
      ),
    ).toBeCloseTo(2, 12);
  });
  it('is 0 for flat equity and NaN with fewer than two returns', () => {
    expect(logReturnBeta([5, 5, 5, 5, 5, 5], close)).toBeCloseTo(0, 12);
    expect(logReturnBeta([1, 2], [1, 2])).toBeNaN();
  });
});

describe('tradeFigures exposure (backtesting.py: bars with have_position = 1)', () => {
  const span = (entryBar: number, exitBar: number): Trade => ({
    id: entryBar,
    symbol: 'X',
    size: 1,
    entryPrice: 100,
    entryBar,
    entryTime: entryBar * DAY,
    exitPrice: 100,
    exitBar,
    exitTime: exitBar * DAY,
    pnl: 0,
    returnPct: 0,
    commission: 0,
    entryCommission: 0,
    entryTag: '',
    exitTag: '',
  });
  // Bars 2–5 (4), 4–8 overlaps to 8 (3 more), 10–10 (1): 8 bars; listed out of entry order.
  it('counts the union of entry-to-exit bar ranges, whatever the order of the list', () => {
    expect(tradeFigures([span(4, 8), span(10, 10), span(2, 5)]).exposedBars).toBe(8);
    expect(tradeFigures([span(2, 5), span(4, 8), span(10, 10)]).exposedBars).toBe(8);
  });
});

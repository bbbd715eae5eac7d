import { describe, expect, it } from 'vitest';
import { equityExcursions } from './equity-excursions.ts';
import { performanceSummary } from './performance-summary.ts';
import { riskRatios } from './risk-ratios.ts';
import { closedTrade, fillAt, openTrade } from './test-support/trade-records.ts';

const DAY = 86_400_000;
const JAN = Date.UTC(2024, 0, 1);

describe('max drawdown / run-up (TradingView Performance Summary help pages)', () => {
  // Capital 1000. Trade 1: +50, worst open −20, best +60. Trade 2 (after it): −30, worst −40, best +10.
  // Drawdowns: 1000 − (1000 − 20) = 20, then peak 1050 − (1050 − 40) = 40 → 40, 40/1050 of the peak.
  // Run-ups from the trough 1000: 1000 + 60 − 1000 = 60, 1050 + 10 − 1000 = 60 → 60, 6 % of 1000.
  const t1 = closedTrade({
    entry: fillAt(JAN, 100),
    exit: fillAt(JAN + DAY, 150),
    profit: 50,
    maxDrawdown: -20,
    maxRunup: 60,
  });
  const t2 = closedTrade({
    tradeNumber: 2,
    entry: fillAt(JAN + 2 * DAY, 150),
    exit: fillAt(JAN + 3 * DAY, 120),
    profit: -30,
    maxDrawdown: -40,
    maxRunup: 10,
  });

  it('measures each trade from the equity settled before it', () => {
    expect(equityExcursions([t1, t2], 1000)).toEqual({
      maxDrawdown: 40,
      maxDrawdownPercent: (40 / 1050) * 100,
      maxRunup: 60,
      maxRunupPercent: 6,
    });
  });

  // An entry commission of 5 dips settled equity to 995 at the entry: the run-up is measured from
  // that trough (excursions already net the commission: best +55 → 1000 + 55 − 995 = 60).
  it('counts the entry commission dip in the trough', () => {
    const withCommission = openTrade({
      entry: fillAt(JAN, 100, '', 5),
      maxRunup: 55,
      maxDrawdown: -25,
    });
    expect(equityExcursions([withCommission], 1000)).toMatchObject({
      maxRunup: 60,
      maxDrawdown: 25,
    });
  });
});

describe('Sharpe and Sortino (monthly realised returns, population deviation, not annualised)', () => {
  // Capital 1000; closed P&L +100 in January, none in February, −55 in March:
  // equity 1100, 1100, 1045 → returns 0.1, 0, −0.05; mean 1/60; deviations 5/60, −1/60, −4/60 →
  // population SD √(42/3600/3); with rf 0: Sharpe (1/60)/√(42/10800) = 0.26726…,
  // downside √(0.05²/3) → Sortino (1/60)/(0.05/√3) = 1/√3.
  const trades = [
    closedTrade({ entry: fillAt(JAN, 1), exit: fillAt(JAN + 10 * DAY, 1), profit: 100 }),
    closedTrade({ entry: fillAt(JAN, 1), exit: fillAt(Date.UTC(2024, 2, 5), 1), profit: -55 }),
  ];
  const range = { start: JAN, end: Date.UTC(2024, 2, 31) };

  it('uses monthly returns over a range of three months', () => {
    const r = riskRatios(trades, range, 1000, 0);
    expect(r.period).toBe('month');
    expect(r.sharpeRatio).toBeCloseTo(1 / 60 / Math.sqrt(42 / 10800), 12);
    expect(r.sortinoRatio).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  // With the default 2 % a year, 0.02/12 per month comes off the mean and is the downside target:
  // downside √(((0 − 1/600)² + (−0.05 − 1/600)²)/3).
  it('subtracts the monthly risk-free rate', () => {
    const rf = 0.02 / 12;
    const mean = 1 / 60;
    const sd = Math.sqrt(42 / 10800);
    const dd = Math.sqrt((rf ** 2 + (0.05 + rf) ** 2) / 3);
    const r = riskRatios(trades, range, 1000);
    expect(r.sharpeRatio).toBeCloseTo((mean - rf) / sd, 12);
    expect(r.sortinoRatio).toBeCloseTo((mean - rf) / dd, 12);
  });

  it('falls back to daily returns, and to none under three days', () => {
    expect(riskRatios(trades, { start: JAN, end: JAN + 5 * DAY }, 1000).period).toBe('day');
    expect(riskRatios(trades, { start: JAN, end: JAN + DAY }, 1000)).toEqual({
      sharpeRatio: Number.NaN,
      sortinoRatio: Number.NaN,
      period: null,
    });
  });
});

describe('performanceSummary', () => {
  // Capital 10,000. Long 1 @100 (bar 0) → 110 (bar 2): +10 with 1 commission a side → +8, 8/100 = 8 %.
  // Short 1 @110 (bar 2) → 115 (bar 5): −5 − 2 = −7, −7/110. Open long 1 @115 at bar 5, last close
  // 120: open P&L 5 − 0.5 commission = 4.5, the last equity 10,000 + 1 + 4.5.
  const long = closedTrade({
    entry: fillAt(JAN, 100, 'L', 1, 0),
    exit: fillAt(JAN + 2 * DAY, 110, 'X', 1, 2),
    profit: 8,
    profitPercent: 8,
  });
  const short = closedTrade({
    tradeNumber: 2,
    direction: 'short',
    entry: fillAt(JAN + 2 * DAY, 110, 'S', 1, 2),
    exit: fillAt(JAN + 5 * DAY, 115, 'X', 1, 5),
    profit: -7,
    profitPercent: (-7 / 110) * 100,
  });
  const open = openTrade({ tradeNumber: 3, entry: fillAt(JAN + 5 * DAY, 115, 'L', 0.5, 5) });
  const time = [0, 1, 2, 3, 4, 5, 6].map((d) => JAN + d * DAY);
  const summary = performanceSummary({
    closedTrades: [long, short],
    openTrades: [open],
    equity: [10_000, 10_005, 10_008, 10_006, 10_004, 10_001.5, 10_005.5],
    bars: { time, close: [100, 105, 110, 108, 112, 115, 120] },
    initialCapital: 10_000,
    marginCalls: 0,
  });

  it.each([
    ['netProfit', 1],
    ['netProfitPercent', 0.01],
    ['grossProfit', 8],
    ['grossLoss', 7],
    ['profitFactor', 8 / 7],
    ['commissionPaid', 4],
    ['totalClosedTrades', 2],
    ['percentProfitable', 50],
    ['avgTrade', 0.5],
    ['avgTradePercent', (8 - 700 / 110) / 2],
    ['ratioAvgWinAvgLoss', 8 / 7],
    ['largestLosingTrade', 7],
    ['avgBarsInTrades', 3.5], // bars 0…2 and 2…5, entry and exit bars counted: 3 and 4
    ['avgBarsInWinningTrades', 3],
    ['avgBarsInLosingTrades', 4],
  ] as const)('All: %s', (name, value) => {
    expect(summary.all[name]).toBeCloseTo(value, 12);
  });

  it('splits long and short and reports the account rows', () => {
    expect(summary.long.netProfit).toBe(8);
    expect(summary.short.netProfit).toBe(-7);
    expect(summary.openProfit).toBeCloseTo(4.5, 12);
    // 10,000 bought at the first entry (100) and held to the last close (120): +20 %.
    expect(summary.buyAndHoldReturnPercent).toBeCloseTo(20, 12);
    expect(summary.buyAndHoldReturn).toBeCloseTo(2000, 9);
    expect(summary.ratioPeriod).toBe('day');
    expect(summary.marginCalls).toBe(0);
  });
});

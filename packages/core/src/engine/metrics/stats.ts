/**
 * The statistics table backtesting.py reports, under its names and with its formulas
 * (backtesting/_stats.py `compute_stats`): geometric-mean returns over calendar-resampled equity,
 * compounded annualisation (252 days for weekday-only daily data), drawdowns in index time.
 */
import type { Trade } from '../portfolio/trade.ts';
import { logReturnBeta } from './beta.ts';
import { drawdownSummary } from './drawdown.ts';
import { periodReturns } from './period-returns.ts';
import { geometricMeanReturn, median, variance } from './sample-statistics.ts';
import { tradeFigures } from './trade-figures.ts';

export const STAT_NAMES = [
  'Start',
  'End',
  'Duration',
  'Exposure Time [%]',
  'Equity Final [$]',
  'Equity Peak [$]',
  'Return [%]',
  'Buy & Hold Return [%]',
  'Return (Ann.) [%]',
  'Volatility (Ann.) [%]',
  'CAGR [%]',
  'Sharpe Ratio',
  'Sortino Ratio',
  'Calmar Ratio',
  'Alpha [%]',
  'Beta',
  'Max. Drawdown [%]',
  'Avg. Drawdown [%]',
  'Max. Drawdown Duration',
  'Avg. Drawdown Duration',
  '# Trades',
  'Win Rate [%]',
  'Best Trade [%]',
  'Worst Trade [%]',
  'Avg. Trade [%]',
  'Max. Trade Duration',
  'Avg. Trade Duration',
  'Profit Factor',
  'Expectancy [%]',
  'SQN',
  'Kelly Criterion',
] as const;

export type StatName = (typeof STAT_NAMES)[number];

/**
 * Times (Start, End) are ms UTC; durations are ms, rounded up to the data's resolution as
 * backtesting.py does; undefined statistics are NaN. `Commissions [$]` appears only when
 * commissions were paid, as in backtesting.py.
 */
export type Stats = Readonly<Record<StatName, number>> & { readonly 'Commissions [$]'?: number };

export interface StatsInput {
  /** Bar open times (ms UTC) and equity after each bar. */
  readonly time: ArrayLike<number>;
  readonly equity: ArrayLike<number>;
  /** The primary feed's closes, for buy & hold, alpha and beta. */
  readonly close: ArrayLike<number>;
  readonly trades: readonly Trade[];
  /** First bar with every indicator defined: buy & hold starts there (backtesting.py warm-up). */
  readonly firstTradingBar?: number;
  /** Annual risk-free rate as a fraction; default 0. */
  readonly riskFreeRate?: number;
}

const DAY_MS = 86_400_000;

export function computeStats(input: StatsInput): Stats {
  const { time, equity, close, trades } = input;
  const rf = input.riskFreeRate ?? 0;
  const n = equity.length;
  const first = equity[0] ?? Number.NaN;
  const last = equity[n - 1] ?? Number.NaN;
  const period = dataPeriod(time);
  const round = (ms: number) => ceilTo(ms, period);

  const drawdown = drawdownSummary(equity, time);
  const maxDd = drawdown.max;

  const start0 = input.firstTradingBar ?? 0;
  const duration = (time[n - 1] ?? Number.NaN) - (time[0] ?? Number.NaN);

  // Annualisation (backtesting.py): period of the last 100 bars decides the calendar bucket.
  const freqDays = Math.floor(period / DAY_MS);
  const weekend = weekendBars(time);
  const haveWeekends = weekend / n > (2 / 7) * 0.6;
  const annualDays =
    freqDays === 7 ? 52 : freqDays === 31 ? 12 : freqDays === 365 ? 1 : haveWeekends ? 365 : 252;
  const bucket =
    freqDays === 7 ? 'week' : freqDays === 31 ? 'month' : freqDays === 365 ? 'year' : 'day';
  const dayReturns = periodReturns(time, equity, bucket);
  const g = geometricMeanReturn(dayReturns);
  const gmean = Number.isNaN(g) ? 0 : g;
  const annualReturn = (1 + gmean) ** annualDays - 1;
  const volatility = Math.sqrt(
    (variance(dayReturns, 1) + (1 + gmean) ** 2) ** annualDays - (1 + gmean) ** (2 * annualDays),
  );
  let downside = 0;
  for (const r of dayReturns) downside += Math.min(r, 0) ** 2;
  const downsideDeviation = Math.sqrt(downside / dayReturns.length) * Math.sqrt(annualDays);
  const years = duration / DAY_MS / 365.25;

  const beta = logReturnBeta(equity, close);
  const returnPct = ((last - first) / first) * 100;
  const buyHold = ((close[n - 1]! - close[start0]!) / close[start0]!) * 100;

  const t = tradeFigures(trades);

  const stats: Record<string, number> = {
    Start: time[0] ?? Number.NaN,
    End: time[n - 1] ?? Number.NaN,
    Duration: duration,
    'Exposure Time [%]': n ? (t.exposedBars / n) * 100 : Number.NaN,
    'Equity Final [$]': last,
    'Equity Peak [$]': drawdown.peak,
    ...(t.commissions ? { 'Commissions [$]': t.commissions } : {}),
    'Return [%]': returnPct,
    'Buy & Hold Return [%]': buyHold,
    'Return (Ann.) [%]': annualReturn * 100,
    'Volatility (Ann.) [%]': volatility * 100,
    'CAGR [%]': years ? ((last / first) ** (1 / years) - 1) * 100 : Number.NaN,
    'Sharpe Ratio': (annualReturn * 100 - rf * 100) / (volatility * 100 || Number.NaN),
    'Sortino Ratio': (annualReturn - rf) / downsideDeviation,
    'Calmar Ratio': annualReturn / (maxDd || Number.NaN),
    'Alpha [%]': returnPct - rf * 100 - beta * (buyHold - rf * 100),
    Beta: beta,
    'Max. Drawdown [%]': -maxDd * 100,
    'Avg. Drawdown [%]': -drawdown.meanDepth * 100,
    'Max. Drawdown Duration': round(drawdown.maxDuration),
    'Avg. Drawdown Duration': round(drawdown.meanDuration),
    '# Trades': t.count,
    'Win Rate [%]': t.winRate * 100,
    'Best Trade [%]': t.bestReturn * 100,
    'Worst Trade [%]': t.worstReturn * 100,
    'Avg. Trade [%]': t.averageReturn * 100,
    'Max. Trade Duration': round(t.maxDuration),
    'Avg. Trade Duration': round(t.meanDuration),
    'Profit Factor': t.profitFactor,
    'Expectancy [%]': t.expectancy * 100,
    SQN: t.sqn,
    'Kelly Criterion': t.kelly,
  };
  return stats as Stats;
}

/** Bars on a Saturday or Sunday (UTC); bars run in time order, so the weekday is found once a day. */
function weekendBars(time: ArrayLike<number>): number {
  let weekend = 0;
  for (let i = 0, dayEnd = Number.NEGATIVE_INFINITY, isWeekend = false; i < time.length; i++) {
    const t = time[i]!;
    if (!(t < dayEnd)) {
      const day = Math.floor(t / DAY_MS);
      dayEnd = (day + 1) * DAY_MS;
      // 1970-01-01 was a Thursday: day-of-week 0 = Sunday … 6 = Saturday.
      const dow = (((day + 4) % 7) + 7) % 7;
      isWeekend = dow === 0 || dow === 6;
    }
    if (isWeekend) weekend++;
  }
  return weekend;
}

/** Median spacing of the last 100 bars (backtesting.py `_data_period`), ms. */
function dataPeriod(time: ArrayLike<number>): number {
  const diffs: number[] = [];
  for (let i = Math.max(1, time.length - 99); i < time.length; i++)
    diffs.push(time[i]! - time[i - 1]!);
  return median(diffs);
}

/**
 * Rounds a duration up to the resolution of the data period (whole days for daily data, hours for
 * hourly …), as backtesting.py's `_round_timedelta` ceils to the period's resolution.
 */
function ceilTo(ms: number, period: number): number {
  if (!Number.isFinite(ms)) return ms;
  const units = [DAY_MS, 3_600_000, 60_000, 1000, 1];
  const unit = units.find((u) => period % u === 0) ?? 1;
  return Math.ceil(ms / unit) * unit;
}

/**
 * The trade rows of backtesting.py's statistics table (`compute_stats`), from one pass over the
 * trades into two columns: a long run keeps tens of thousands of trade records, and reading each
 * record once is what their cost is.
 * @see https://github.com/kernc/backtesting.py/blob/master/backtesting/_stats.py
 */
import type { Trade } from '../portfolio/trade.ts';
import { geometricMeanReturn, mean, std } from './sample-statistics.ts';

export interface TradeFigures {
  readonly count: number;
  /** Fractions and money as backtesting.py computes them; NaN where it gives NaN. */
  readonly winRate: number;
  readonly bestReturn: number;
  readonly worstReturn: number;
  /** Geometric mean of the trades' returns ("Avg. Trade"). */
  readonly averageReturn: number;
  readonly maxDuration: number;
  readonly meanDuration: number;
  readonly profitFactor: number;
  /** Arithmetic mean of the trades' returns ("Expectancy"). */
  readonly expectancy: number;
  readonly sqn: number;
  readonly kelly: number;
  readonly commissions: number;
  /** Bars inside at least one trade, entry and exit bars included ("Exposure Time"). */
  readonly exposedBars: number;
}

export function tradeFigures(trades: readonly Trade[]): TradeFigures {
  const count = trades.length;
  const pnl = new Float64Array(count);
  const returns = new Float64Array(count);
  let wins = 0;
  let winSum = 0;
  let losses = 0;
  let lossSum = 0;
  let gains = 0;
  let lossReturns = 0;
  let commissions = 0;
  let maxDuration = Number.NaN;
  let durations = 0;
  let best = Number.NaN;
  let worst = Number.NaN;
  for (let k = 0; k < count; k++) {
    const t = trades[k]!;
    const p = t.pnl;
    const r = t.returnPct;
    pnl[k] = p;
    returns[k] = r;
    if (p > 0) {
      wins++;
      winSum += p;
    } else if (p < 0) {
      losses++;
      lossSum += p;
    }
    if (r > 0) gains += r;
    else if (r < 0) lossReturns += r;
    if (!(r <= best)) best = r;
    if (!(r >= worst)) worst = r;
    const duration = t.exitTime - t.entryTime;
    if (!(duration <= maxDuration)) maxDuration = duration;
    durations += duration;
    commissions += t.commission;
  }
  const winRate = count ? wins / count : Number.NaN;
  return {
    count,
    winRate,
    bestReturn: best,
    worstReturn: worst,
    averageReturn: geometricMeanReturn(returns),
    maxDuration,
    meanDuration: count ? durations / count : Number.NaN,
    profitFactor: gains / (Math.abs(lossReturns) || Number.NaN),
    expectancy: mean(returns),
    sqn: (Math.sqrt(count) * mean(pnl)) / (std(pnl, 1) || Number.NaN),
    kelly: winRate - (1 - winRate) / (winSum / wins / -(lossSum / losses)),
    commissions,
    exposedBars: barsInTrades(trades),
  };
}

/**
 * Length of the union of the trades' [entry bar, exit bar] ranges. Trades are listed as they
 * close, so their entries are almost always in order already; only otherwise are they sorted.
 */
function barsInTrades(trades: readonly Trade[]): number {
  let ordered = trades;
  for (let k = 1; k < trades.length; k++) {
    if (trades[k]!.entryBar < trades[k - 1]!.entryBar) {
      ordered = [...trades].sort((a, b) => a.entryBar - b.entryBar);
      break;
    }
  }
  let bars = 0;
  let covered = -1; // last bar counted so far
  for (const t of ordered) {
    const from = Math.max(t.entryBar, covered + 1);
    if (t.exitBar >= from) {
      bars += t.exitBar - from + 1;
      covered = t.exitBar;
    }
  }
  return bars;
}

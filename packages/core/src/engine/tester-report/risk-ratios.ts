/**
 * Sharpe and Sortino ratios as TradingView's Strategy Tester computes them:
 * SR = (MR − RFR) / SD and Sortino = (MR − RFR) / DD, where MR is the mean return per period —
 * monthly when the tested range spans 3 or more months, else daily when it spans 3 or more days,
 * else not computed — RFR is the risk-free rate per period (`strategy(risk_free_rate)`, 2 % a year
 * by default), SD the population standard deviation of the returns and DD the downside deviation
 * sqrt(Σ min(0, r − RFR)² / N). Neither is annualised.
 * The returns are those of realised equity (initial capital plus closed trades' net P&L, open
 * profit excluded) between the ends of consecutive calendar periods in UTC, the first measured
 * from the initial capital; a period without closed trades counts as a 0 return. TradingView's
 * pages give the formulas; population deviation, realised equity and UTC months are PineForge's
 * reproduction of a TradingView export (docs/pages/metrics.md), and the zero-return periods follow
 * from the worked example ret = [1 %, 0, 0, 0] → 0.577 discussed on Quant StackExchange 75572.
 * @see https://www.tradingview.com/support/solutions/43000681694/
 * @see https://www.tradingview.com/support/solutions/43000681697/
 */
import type { ClosedTradeRecord } from '../broker/trade-record.ts';

export interface RiskRatios {
  readonly sharpeRatio: number;
  readonly sortinoRatio: number;
  /** The period the returns were taken over, or null when the range is too short. */
  readonly period: 'month' | 'day' | null;
}

const DAY_MS = 86_400_000;

export function riskRatios(
  trades: readonly ClosedTradeRecord[],
  range: { readonly start: number; readonly end: number },
  initialCapital: number,
  riskFreeRatePercent = 2,
): RiskRatios {
  const months = monthIndex(range.end) - monthIndex(range.start) + 1;
  const days = Math.floor(range.end / DAY_MS) - Math.floor(range.start / DAY_MS) + 1;
  const period = months >= 3 ? 'month' : days >= 3 ? 'day' : null;
  if (!period) return { sharpeRatio: Number.NaN, sortinoRatio: Number.NaN, period };
  const bucket = period === 'month' ? monthIndex : (t: number) => Math.floor(t / DAY_MS);
  const first = bucket(range.start);
  const count = period === 'month' ? months : days;
  const profitByPeriod = new Float64Array(count);
  for (const t of trades) {
    const k = bucket(t.exit.time) - first;
    if (k >= 0 && k < count) profitByPeriod[k]! += t.profit;
  }
  const returns: number[] = [];
  let equity = initialCapital;
  for (const profit of profitByPeriod) {
    returns.push((equity + profit) / equity - 1);
    equity += profit;
  }
  const rf = riskFreeRatePercent / 100 / (period === 'month' ? 12 : 365);
  const mean = returns.reduce((s, r) => s + r, 0) / count;
  const sd = Math.sqrt(returns.reduce((s, r) => s + (r - mean) ** 2, 0) / count);
  const dd = Math.sqrt(returns.reduce((s, r) => s + Math.min(0, r - rf) ** 2, 0) / count);
  return {
    sharpeRatio: sd > 0 ? (mean - rf) / sd : Number.NaN,
    sortinoRatio: dd > 0 ? (mean - rf) / dd : Number.NaN,
    period,
  };
}

function monthIndex(t: number): number {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

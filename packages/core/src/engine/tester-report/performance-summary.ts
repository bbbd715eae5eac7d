/**
 * TradingView's Strategy Tester "Performance Summary": the trade rows for All, Long and Short, the
 * account rows (max drawdown and run-up, buy & hold, Sharpe and Sortino, open P&L, margin calls)
 * for All, from a run's trade records, per-bar equity and bars.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import type { ClosedTradeRecord, OpenTradeRecord } from '../broker/trade-record.ts';
import { type EquityExcursions, equityExcursions } from './equity-excursions.ts';
import { type RiskRatios, riskRatios } from './risk-ratios.ts';
import { type TradeStatistics, tradeStatistics } from './trade-statistics.ts';

export interface PerformanceSummaryInput {
  readonly closedTrades: readonly ClosedTradeRecord[];
  readonly openTrades: readonly OpenTradeRecord[];
  /** Equity (initial capital + net profit + open profit) at each bar's close. */
  readonly equity: ArrayLike<number>;
  readonly bars: { readonly time: ArrayLike<number>; readonly close: ArrayLike<number> };
  readonly initialCapital: number;
  /** `strategy(risk_free_rate)`, percent a year; default 2. */
  readonly riskFreeRate?: number;
  /** Margin calls the broker emulator made (TradingView's "Margin calls" row). */
  readonly marginCalls?: number;
  /** Start of the tested range (ms UTC) when trading began after warm-up bars; default first bar. */
  readonly rangeStart?: number;
}

export interface PerformanceSummary extends EquityExcursions, Omit<RiskRatios, 'period'> {
  readonly all: TradeStatistics;
  readonly long: TradeStatistics;
  readonly short: TradeStatistics;
  /** Ratios' return period: monthly, daily, or none for a range under 3 days. */
  readonly ratioPeriod: RiskRatios['period'];
  /** Initial capital put in at the first trade's entry price and held to the last close. */
  readonly buyAndHoldReturn: number;
  readonly buyAndHoldReturnPercent: number;
  readonly openProfit: number;
  readonly openProfitPercent: number;
  readonly marginCalls: number;
}

export function performanceSummary(input: PerformanceSummaryInput): PerformanceSummary {
  const { closedTrades, openTrades, bars, equity, initialCapital } = input;
  const last = bars.time.length - 1;
  const all = tradeStatistics(closedTrades, initialCapital);
  const ratios = riskRatios(
    closedTrades,
    { start: input.rangeStart ?? bars.time[0]!, end: bars.time[last]! },
    initialCapital,
    input.riskFreeRate,
  );
  const firstEntry = [...closedTrades, ...openTrades].reduce<OpenTradeRecord | null>(
    (first, t) => (!first || t.entry.time < first.entry.time ? t : first),
    null,
  );
  const holdReturn = firstEntry ? bars.close[last]! / firstEntry.entry.price - 1 : Number.NaN;
  const openProfit = equity[last]! - initialCapital - all.netProfit;
  return {
    all,
    long: tradeStatistics(
      closedTrades.filter((t) => t.direction === 'long'),
      initialCapital,
    ),
    short: tradeStatistics(
      closedTrades.filter((t) => t.direction === 'short'),
      initialCapital,
    ),
    ...equityExcursions([...closedTrades, ...openTrades], initialCapital),
    sharpeRatio: ratios.sharpeRatio,
    sortinoRatio: ratios.sortinoRatio,
    ratioPeriod: ratios.period,
    buyAndHoldReturn: initialCapital * holdReturn,
    buyAndHoldReturnPercent: holdReturn * 100,
    openProfit,
    openProfitPercent: (openProfit / initialCapital) * 100,
    marginCalls: input.marginCalls ?? 0,
  };
}

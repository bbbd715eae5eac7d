/**
 * A finished backtest as the API serves it, built from the backtest service's report in the
 * worker: summary rows, the List of Trades (JSON and TradingView's CSV), equity with drawdown from
 * the running peak, the script's plots and the tested range. JSON has no NaN: na is null.
 */

import { tradeListCsv } from '../backtest/backtest-output.ts';
import type { BacktestReport } from '../backtest/run-backtest.ts';
import { type SummaryTableRow, summaryTable } from './summary-table.ts';

export interface BacktestTrade {
  readonly number: number;
  readonly side: 'long' | 'short';
  readonly entryTime: number;
  readonly entrySignal: string;
  readonly entryPrice: number;
  /** Null while the trade is open at the last bar. */
  readonly exitTime: number | null;
  readonly exitSignal: string | null;
  readonly exitPrice: number | null;
  readonly quantity: number;
  /** Net P&L in account currency (open P&L for an open trade). */
  readonly profit: number;
  readonly profitPercent: number;
  readonly cumulativeProfit: number;
  readonly runUp: number;
  readonly drawdown: number;
}

export interface EquitySeries {
  readonly time: number[];
  readonly equity: number[];
  /** Equity less its running peak: ≤ 0, account currency. */
  readonly drawdown: number[];
}

export interface PlotSeries {
  readonly time: number[];
  readonly plots: { readonly title: string; readonly values: (number | null)[] }[];
}

export interface TestedRange {
  /** Open times (ms UTC) of the first and last bar the script ran on. */
  readonly from: number;
  readonly to: number;
  /** First bar the strategy could trade on (earlier bars warmed it up). */
  readonly tradingStart: number;
  readonly barCount: number;
}

export interface BacktestResult {
  readonly title: string;
  readonly summary: SummaryTableRow[];
  /** TradingView's "Total closed trades". */
  readonly tradeCount: number;
  readonly netProfit: number;
  readonly trades: BacktestTrade[];
  readonly tradesCsv: string;
  readonly equity: EquitySeries;
  readonly plots: PlotSeries;
  readonly range: TestedRange;
}

const orNull = (value: number) => (Number.isFinite(value) ? value : null);

export function backtestResult(report: BacktestReport): BacktestResult {
  const { bars, summary } = report;
  const time = Array.from(bars.time);
  let peak = Number.NEGATIVE_INFINITY;
  const drawdown = Array.from(report.equity, (value) => {
    peak = Math.max(peak, value);
    return value - peak;
  });
  return {
    title: report.title,
    summary: summaryTable(summary, report.trades.filter((t) => t.open).length),
    tradeCount: summary.all.totalClosedTrades,
    netProfit: summary.all.netProfit,
    trades: report.trades.map((t) => ({
      number: t.tradeNumber,
      side: t.direction,
      entryTime: t.entry.time,
      entrySignal: t.entry.signal,
      entryPrice: t.entry.price,
      exitTime: t.open ? null : t.exit.time,
      exitSignal: t.open ? null : t.exit.signal,
      exitPrice: t.open ? null : t.exit.price,
      quantity: t.qty,
      profit: t.profit,
      profitPercent: t.profitPercent,
      cumulativeProfit: t.cumulativeProfit,
      runUp: t.maxRunup,
      drawdown: t.maxDrawdown,
    })),
    tradesCsv: tradeListCsv(report),
    equity: { time, equity: Array.from(report.equity), drawdown },
    plots: {
      time,
      plots: report.plots.map((p) => ({ title: p.name, values: Array.from(p.values, orNull) })),
    },
    range: {
      from: bars.time[0]!,
      to: bars.time[bars.length - 1]!,
      tradingStart: report.rangeStart,
      barCount: bars.length,
    },
  };
}

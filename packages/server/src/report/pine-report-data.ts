/** The report data of a Pine strategy's backtest: TradingView's List of Trades and Performance Summary (All column). */
import { formatLocalDate, formatTimeframe, tickerId } from '@barwise/core';
import type { BacktestReport } from '../backtest/run-backtest.ts';
import { summaryRows } from '../backtest/summary-rows.ts';
import { drawdownOf, type ReportData } from './report-data.ts';

export function pineReportData(report: BacktestReport): ReportData {
  const { bars } = report;
  const tz = bars.symbol.timezone;
  return {
    title: `${report.title} on ${tickerId(bars.symbol)} ${formatTimeframe(bars.timeframe)}`,
    subtitle:
      `${formatLocalDate(report.rangeStart, tz)} … ${formatLocalDate(report.rangeEnd, tz)}, ` +
      `initial capital ${report.initialCapital.toLocaleString('en-US')} ${report.accountCurrency}, ` +
      "TradingView's broker emulator",
    bars,
    trades: report.trades.map((t) => ({
      direction: t.direction,
      qty: t.qty,
      entryTime: t.entry.time,
      entryPrice: t.entry.price,
      entrySignal: t.entry.signal,
      exitTime: t.exit.time,
      exitPrice: t.exit.price,
      exitSignal: t.exit.signal,
      open: t.open,
      profit: t.profit,
      profitPercent: t.profitPercent,
    })),
    equity: report.equity,
    drawdown: drawdownOf(report.equity),
    statsTitle: 'Performance summary (TradingView)',
    stats: summaryRows(report).map(([metric, all]) => [metric, all] as const),
  };
}

/** The report data of a TypeScript strategy's backtest: the kernel's trades and backtesting.py's statistics. */
import { formatLocalDate, formatTimeframe, tickerId } from '@barwise/core';
import { statRows } from '../backtest/ts-backtest-output.ts';
import type { TsBacktestReport } from '../backtest/ts-strategy-backtest.ts';
import type { ReportData } from './report-data.ts';

export function tsReportData(report: TsBacktestReport): ReportData {
  const { bars, result } = report;
  const tz = bars.symbol.timezone;
  return {
    title: `${report.title} on ${tickerId(bars.symbol)} ${formatTimeframe(bars.timeframe)}`,
    subtitle:
      `${formatLocalDate(report.rangeStart, tz)} … ${formatLocalDate(report.rangeEnd, tz)}, ` +
      `initial cash ${result.initialCash.toLocaleString('en-US')}, fill model ${result.fillModel}, ` +
      `costs ${result.costModel}`,
    bars,
    // Closed trades, as backtesting.py lists them; a position still open shows in the equity only.
    trades: result.trades.map((t) => ({
      direction: t.size > 0 ? ('long' as const) : ('short' as const),
      qty: Math.abs(t.size),
      entryTime: t.entryTime,
      entryPrice: t.entryPrice,
      entrySignal: t.entryTag,
      exitTime: t.exitTime,
      exitPrice: t.exitPrice,
      exitSignal: t.exitTag,
      open: false,
      profit: t.pnl,
      profitPercent: t.returnPct * 100,
    })),
    equity: result.equity,
    drawdown: result.drawdown,
    statsTitle: 'Statistics (backtesting.py)',
    stats: statRows(report),
  };
}

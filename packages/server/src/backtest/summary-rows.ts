/**
 * TradingView's Performance Summary as text rows — metric, then the All, Long and Short columns
 * (account-wide rows fill All only) — in the tab's order. Money has two decimals and the account
 * currency, percents follow in brackets, ratios have three decimals; losses are magnitudes as
 * TradingView shows them; an undefined value (no losing trade for a profit factor) is `n/a`.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import type { PerformanceSummary, TradeStatistics } from '@barwise/core';
import type { BacktestReport } from './run-backtest.ts';

export type SummaryRow = readonly [metric: string, all: string, long: string, short: string];

export const SUMMARY_HEADER = ['Metric', 'All', 'Long', 'Short'] as const;

export function summaryRows(report: BacktestReport): SummaryRow[] {
  const { summary: s, accountCurrency } = report;
  const money = (value: number, percent?: number) =>
    Number.isNaN(value)
      ? 'n/a'
      : `${decimals(value, 2)} ${accountCurrency}` +
        (percent === undefined || Number.isNaN(percent) ? '' : ` (${decimals(percent, 2)}%)`);
  const ratio = (value: number) => (Number.isNaN(value) ? 'n/a' : decimals(value, 3));
  const count = (value: number) => (Number.isNaN(value) ? 'n/a' : decimals(value, 0));
  const percent = (value: number) => (Number.isNaN(value) ? 'n/a' : `${decimals(value, 2)}%`);
  const account = (metric: string, cell: string): SummaryRow => [metric, cell, '', ''];
  const trades = (metric: string, cell: (t: TradeStatistics) => string): SummaryRow => [
    metric,
    cell(s.all),
    cell(s.long),
    cell(s.short),
  ];
  return [
    trades('Net profit', (t) => money(t.netProfit, t.netProfitPercent)),
    trades('Gross profit', (t) => money(t.grossProfit, t.grossProfitPercent)),
    trades('Gross loss', (t) => money(t.grossLoss, t.grossLossPercent)),
    account('Max run-up', money(s.maxRunup, s.maxRunupPercent)),
    account('Max drawdown', money(s.maxDrawdown, s.maxDrawdownPercent)),
    account('Buy & hold return', money(s.buyAndHoldReturn, s.buyAndHoldReturnPercent)),
    account(`Sharpe ratio${ratioPeriod(s)}`, ratio(s.sharpeRatio)),
    account(`Sortino ratio${ratioPeriod(s)}`, ratio(s.sortinoRatio)),
    trades('Profit factor', (t) => ratio(t.profitFactor)),
    account('Open P&L', money(s.openProfit, s.openProfitPercent)),
    trades('Commission paid', (t) => money(t.commissionPaid)),
    trades('Total closed trades', (t) => count(t.totalClosedTrades)),
    account('Total open trades', count(report.trades.filter((t) => t.open).length)),
    trades('Winning trades', (t) => count(t.winningTrades)),
    trades('Losing trades', (t) => count(t.losingTrades)),
    trades('Percent profitable', (t) => percent(t.percentProfitable)),
    trades('Avg trade', (t) => money(t.avgTrade, t.avgTradePercent)),
    trades('Avg winning trade', (t) => money(t.avgWinningTrade, t.avgWinningTradePercent)),
    trades('Avg losing trade', (t) => money(t.avgLosingTrade, t.avgLosingTradePercent)),
    trades('Ratio avg win / avg loss', (t) => ratio(t.ratioAvgWinAvgLoss)),
    trades('Largest winning trade', (t) =>
      money(t.largestWinningTrade, t.largestWinningTradePercent),
    ),
    trades('Largest losing trade', (t) => money(t.largestLosingTrade, t.largestLosingTradePercent)),
    trades('Avg # bars in trades', (t) => count(t.avgBarsInTrades)),
    trades('Avg # bars in winning trades', (t) => count(t.avgBarsInWinningTrades)),
    trades('Avg # bars in losing trades', (t) => count(t.avgBarsInLosingTrades)),
    account('Margin calls', count(s.marginCalls)),
  ];
}

/** Sharpe and Sortino are per month or per day, not annualised; too short a range has none. */
function ratioPeriod(s: PerformanceSummary): string {
  if (s.ratioPeriod === null) return '';
  return s.ratioPeriod === 'month' ? ' (monthly)' : ' (daily)';
}

/** `1,234.50`; a value that rounds to zero prints without a sign (`0.00`, never `-0.00`). */
function decimals(value: number, digits: number): string {
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return /^-[0.,]+$/.test(text) ? text.slice(1) : text;
}

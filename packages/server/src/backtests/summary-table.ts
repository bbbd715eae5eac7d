/**
 * TradingView's Performance Summary as numeric rows for the API — metric, then the All, Long and
 * Short columns (account-wide rows fill All only, the others null) — in the tab's order; percents
 * are rows of their own. Undefined values (a profit factor without losses) are null.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import type { PerformanceSummary, TradeStatistics } from '@barwise/core';

export type SummaryUnit = 'currency' | 'percent' | 'count' | 'ratio';

export interface SummaryTableRow {
  readonly label: string;
  readonly all: number | null;
  readonly long: number | null;
  readonly short: number | null;
  readonly unit?: SummaryUnit;
}

type Stat = keyof TradeStatistics;

export function summaryTable(s: PerformanceSummary, openTrades: number): SummaryTableRow[] {
  const num = (value: number) => (Number.isFinite(value) ? value : null);
  const trades = (label: string, stat: Stat, unit: SummaryUnit): SummaryTableRow => ({
    label,
    all: num(s.all[stat]),
    long: num(s.long[stat]),
    short: num(s.short[stat]),
    unit,
  });
  const account = (label: string, value: number, unit: SummaryUnit): SummaryTableRow => ({
    label,
    all: num(value),
    long: null,
    short: null,
    unit,
  });
  const period =
    s.ratioPeriod === null ? '' : s.ratioPeriod === 'month' ? ' (monthly)' : ' (daily)';
  return [
    trades('Net profit', 'netProfit', 'currency'),
    trades('Net profit %', 'netProfitPercent', 'percent'),
    trades('Gross profit', 'grossProfit', 'currency'),
    trades('Gross profit %', 'grossProfitPercent', 'percent'),
    trades('Gross loss', 'grossLoss', 'currency'),
    trades('Gross loss %', 'grossLossPercent', 'percent'),
    account('Max run-up', s.maxRunup, 'currency'),
    account('Max run-up %', s.maxRunupPercent, 'percent'),
    account('Max drawdown', s.maxDrawdown, 'currency'),
    account('Max drawdown %', s.maxDrawdownPercent, 'percent'),
    account('Buy & hold return', s.buyAndHoldReturn, 'currency'),
    account('Buy & hold return %', s.buyAndHoldReturnPercent, 'percent'),
    account(`Sharpe ratio${period}`, s.sharpeRatio, 'ratio'),
    account(`Sortino ratio${period}`, s.sortinoRatio, 'ratio'),
    trades('Profit factor', 'profitFactor', 'ratio'),
    account('Open P&L', s.openProfit, 'currency'),
    account('Open P&L %', s.openProfitPercent, 'percent'),
    trades('Commission paid', 'commissionPaid', 'currency'),
    trades('Total closed trades', 'totalClosedTrades', 'count'),
    account('Total open trades', openTrades, 'count'),
    trades('Winning trades', 'winningTrades', 'count'),
    trades('Losing trades', 'losingTrades', 'count'),
    trades('Percent profitable', 'percentProfitable', 'percent'),
    trades('Avg trade', 'avgTrade', 'currency'),
    trades('Avg trade %', 'avgTradePercent', 'percent'),
    trades('Avg winning trade', 'avgWinningTrade', 'currency'),
    trades('Avg winning trade %', 'avgWinningTradePercent', 'percent'),
    trades('Avg losing trade', 'avgLosingTrade', 'currency'),
    trades('Avg losing trade %', 'avgLosingTradePercent', 'percent'),
    trades('Ratio avg win / avg loss', 'ratioAvgWinAvgLoss', 'ratio'),
    trades('Largest winning trade', 'largestWinningTrade', 'currency'),
    trades('Largest winning trade %', 'largestWinningTradePercent', 'percent'),
    trades('Largest losing trade', 'largestLosingTrade', 'currency'),
    trades('Largest losing trade %', 'largestLosingTradePercent', 'percent'),
    trades('Avg # bars in trades', 'avgBarsInTrades', 'count'),
    trades('Avg # bars in winning trades', 'avgBarsInWinningTrades', 'count'),
    trades('Avg # bars in losing trades', 'avgBarsInLosingTrades', 'count'),
    account('Margin calls', s.marginCalls, 'count'),
  ];
}

/**
 * The trade rows of TradingView's Strategy Tester Performance Summary for one column (All, Long or
 * Short), from closed trades. Losses are positive magnitudes, as Pine's `strategy.grossloss` and
 * `strategy.avg_losing_trade` report them; percents of a trade are its net P&L over its entry
 * value (the export's "Net P&L %"), percents of totals are over the initial capital.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_strategy.grossloss
 */
import type { ClosedTradeRecord } from '../broker/trade-record.ts';

export interface TradeStatistics {
  readonly netProfit: number;
  readonly netProfitPercent: number;
  readonly grossProfit: number;
  readonly grossProfitPercent: number;
  readonly grossLoss: number;
  readonly grossLossPercent: number;
  /** Gross profit / gross loss; NaN without losses. */
  readonly profitFactor: number;
  readonly commissionPaid: number;
  readonly totalClosedTrades: number;
  readonly winningTrades: number;
  readonly losingTrades: number;
  /** Trades with a net P&L of exactly 0 (`strategy.eventrades`): neither winning nor losing. */
  readonly evenTrades: number;
  readonly percentProfitable: number;
  readonly avgTrade: number;
  readonly avgTradePercent: number;
  readonly avgWinningTrade: number;
  readonly avgWinningTradePercent: number;
  readonly avgLosingTrade: number;
  readonly avgLosingTradePercent: number;
  readonly ratioAvgWinAvgLoss: number;
  readonly largestWinningTrade: number;
  /** The largest per-trade percent, which may belong to another trade than the largest amount. */
  readonly largestWinningTradePercent: number;
  readonly largestLosingTrade: number;
  readonly largestLosingTradePercent: number;
  readonly avgBarsInTrades: number;
  readonly avgBarsInWinningTrades: number;
  readonly avgBarsInLosingTrades: number;
}

export function tradeStatistics(
  trades: readonly ClosedTradeRecord[],
  initialCapital: number,
): TradeStatistics {
  const wins = trades.filter((t) => t.profit > 0);
  const losses = trades.filter((t) => t.profit < 0);
  const grossProfit = sum(wins, (t) => t.profit);
  const grossLoss = -sum(losses, (t) => t.profit);
  const netProfit = sum(trades, (t) => t.profit);
  const avgWinningTrade = average(wins, (t) => t.profit);
  const avgLosingTrade = -average(losses, (t) => t.profit);
  return {
    netProfit,
    netProfitPercent: (netProfit / initialCapital) * 100,
    grossProfit,
    grossProfitPercent: (grossProfit / initialCapital) * 100,
    grossLoss,
    grossLossPercent: (grossLoss / initialCapital) * 100,
    profitFactor: grossLoss > 0 ? grossProfit / grossLoss : Number.NaN,
    commissionPaid: sum(trades, (t) => t.entry.commission + t.exit.commission),
    totalClosedTrades: trades.length,
    winningTrades: wins.length,
    losingTrades: losses.length,
    evenTrades: trades.length - wins.length - losses.length,
    percentProfitable: trades.length > 0 ? (wins.length / trades.length) * 100 : Number.NaN,
    avgTrade: average(trades, (t) => t.profit),
    avgTradePercent: average(trades, (t) => t.profitPercent),
    avgWinningTrade,
    avgWinningTradePercent: average(wins, (t) => t.profitPercent),
    avgLosingTrade,
    avgLosingTradePercent: -average(losses, (t) => t.profitPercent),
    ratioAvgWinAvgLoss: avgWinningTrade / avgLosingTrade,
    largestWinningTrade: extreme(wins, (t) => t.profit),
    largestWinningTradePercent: extreme(wins, (t) => t.profitPercent),
    largestLosingTrade: extreme(losses, (t) => -t.profit),
    largestLosingTradePercent: extreme(losses, (t) => -t.profitPercent),
    avgBarsInTrades: average(trades, barsInTrade),
    avgBarsInWinningTrades: average(wins, barsInTrade),
    avgBarsInLosingTrades: average(losses, barsInTrade),
  };
}

/**
 * Bars a trade spans, counting its entry and its exit bar: TradingView's convention as PineForge
 * measured it on a real Strategy Tester export (docs/pages/metrics.md, "inclusive bar counts").
 */
function barsInTrade(t: ClosedTradeRecord): number {
  return t.exit.barIndex - t.entry.barIndex + 1;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}

function average<T>(items: readonly T[], value: (item: T) => number): number {
  return items.length > 0 ? sum(items, value) / items.length : Number.NaN;
}

function extreme<T>(items: readonly T[], value: (item: T) => number): number {
  return items.length > 0 ? Math.max(...items.map(value)) : Number.NaN;
}

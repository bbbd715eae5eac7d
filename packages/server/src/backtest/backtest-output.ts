/**
 * A backtest report written out: the List of Trades CSV in TradingView's export layout (newest
 * trade first, times ISO-8601 with the UTC offset of the symbol's zone) and a JSON document with
 * the summary, the trades, the equity curve and the order log. JSON has no NaN: an undefined
 * number (a profit factor without losses) is null.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import {
  formatIsoLocal,
  formatTimeframe,
  type ListedTrade,
  type SymbolInfo,
  tickerId,
  writeTradeListCsv,
} from '@barwise/core';
import type { BacktestReport } from './run-backtest.ts';

export function tradeListCsv(report: BacktestReport): string {
  return listOfTradesCsv(
    report.trades,
    report.bars.symbol,
    report.accountCurrency,
    report.initialCapital,
  );
}

/** TradingView's List of Trades of any run (a Pine strategy's, or a TypeScript one's records). */
export function listOfTradesCsv(
  trades: readonly ListedTrade[],
  symbol: SymbolInfo,
  accountCurrency: string,
  initialCapital: number,
): string {
  return writeTradeListCsv(trades, {
    quoteCurrency: symbol.currency,
    accountCurrency,
    initialCapital,
    pointValue: symbol.pointValue,
    formatTime: (t) => formatIsoLocal(t, symbol.timezone),
    order: 'newest-first',
  });
}

export function backtestJson(report: BacktestReport): string {
  const { bars } = report;
  const tz = bars.symbol.timezone;
  const time = (t: number) => formatIsoLocal(t, tz);
  const document = {
    strategy: report.title,
    symbol: tickerId(bars.symbol),
    timeframe: formatTimeframe(bars.timeframe),
    range: { from: time(report.rangeStart), to: time(report.rangeEnd) },
    initialCapital: report.initialCapital,
    currency: report.accountCurrency,
    summary: report.summary,
    trades: report.trades.map((t) => ({
      ...t,
      entry: { ...t.entry, time: time(t.entry.time) },
      exit: { ...t.exit, time: time(t.exit.time) },
    })),
    equity: Array.from(report.equity, (equity, i) => ({ time: time(bars.time[i]!), equity })),
    orders: report.orderLog.map((e) => ({ ...e, time: time(e.time) })),
  };
  return `${JSON.stringify(document, (_key, value) => (Number.isNaN(value) ? null : value), 2)}\n`;
}

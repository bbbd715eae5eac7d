/**
 * Writes TradingView's current "List of Trades" CSV layout: two rows per trade sharing its number,
 * the exit row before the entry row, both carrying the trade's size, P&L, excursions and
 * cumulative P&L; a trade still open gets an exit row with signal `Open` at the last bar's close.
 * Trades run oldest first, as every export in the PineForge corpus does (245 files); pass
 * `order: 'newest-first'` for the order TradingView's table shows by default.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */

import { formatMoney, formatPercent, formatQuantity } from './list-number-format.ts';
import type { ListedFill, ListedTrade } from './listed-trade.ts';

export interface TradeListCsvOptions {
  /** Currency of prices (`syminfo.currency`), e.g. `USDT`. */
  readonly quoteCurrency: string;
  /** Account currency of P&L columns (`strategy(currency=…)`), e.g. `USD`. */
  readonly accountCurrency: string;
  readonly initialCapital: number;
  readonly pointValue: number;
  /** Formats a ms UTC time: `formatListTime` for TradingView's layout, ISO-8601 for our API. */
  readonly formatTime: (utcMs: number) => string;
  readonly order?: 'oldest-first' | 'newest-first';
}

export function tradeListCsvHeader(quoteCurrency: string, accountCurrency: string): string {
  const q = quoteCurrency;
  const a = accountCurrency;
  return [
    'Trade #',
    'Type',
    'Date and time',
    'Signal',
    `Price ${q}`,
    'Size (qty)',
    'Size (value)',
    `Net P&L ${a}`,
    'Net P&L %',
    `Favorable excursion ${a}`,
    'Favorable excursion %',
    `Adverse excursion ${a}`,
    'Adverse excursion %',
    `Cumulative P&L ${a}`,
    'Cumulative P&L %',
  ].join(',');
}

/** The CSV text with a UTF-8 BOM and CRLF-free `\n` lines, as TradingView's export starts. */
export function writeTradeListCsv(
  trades: readonly ListedTrade[],
  options: TradeListCsvOptions,
): string {
  const ordered = [...trades].sort((a, b) => a.tradeNumber - b.tradeNumber);
  if (options.order === 'newest-first') ordered.reverse();
  const lines = [`\uFEFF${tradeListCsvHeader(options.quoteCurrency, options.accountCurrency)}`];
  for (const trade of ordered) {
    lines.push(row(trade, 'Exit', trade.exit, options), row(trade, 'Entry', trade.entry, options));
  }
  return `${lines.join('\n')}\n`;
}

function row(
  trade: ListedTrade,
  side: 'Entry' | 'Exit',
  fill: ListedFill,
  options: TradeListCsvOptions,
): string {
  const value = trade.qty * trade.entry.price * options.pointValue;
  return [
    String(trade.tradeNumber),
    `${side} ${trade.direction}`,
    csvField(options.formatTime(fill.time)),
    csvField(fill.signal),
    formatQuantity(fill.price),
    formatQuantity(trade.qty),
    formatQuantity(value),
    formatMoney(trade.profit),
    formatPercent(trade.profitPercent),
    formatMoney(trade.maxRunup),
    formatPercent((trade.maxRunup / value) * 100),
    formatMoney(trade.maxDrawdown),
    formatPercent((trade.maxDrawdown / value) * 100),
    formatMoney(trade.cumulativeProfit),
    formatPercent((trade.cumulativeProfit / options.initialCapital) * 100),
  ].join(',');
}

/** RFC 4180 quoting for a field holding a comma, quote or line break (signals are user text). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

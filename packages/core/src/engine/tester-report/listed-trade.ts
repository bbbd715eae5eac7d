/**
 * One row pair of TradingView's Strategy Tester "List of Trades" as plain data: what the CSV
 * export holds, read from a TradingView file or built from our broker's trade records.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import type { ClosedTradeRecord, OpenTradeRecord, TradeDirection } from '../broker/trade-record.ts';

export interface ListedFill {
  /** ms UTC of the bar the row is stamped with. */
  readonly time: number;
  readonly price: number;
  /** TradingView's "Signal" column: order id or comment; `Open` on the exit row of an open trade. */
  readonly signal: string;
}

export interface ListedTrade {
  readonly tradeNumber: number;
  readonly direction: TradeDirection;
  /** Contracts, positive. */
  readonly qty: number;
  readonly entry: ListedFill;
  /** The exit fill; for a trade still open, the mark (last bar's time and close) TradingView lists. */
  readonly exit: ListedFill;
  /** True when the trade was still open at the end of the list (exit row signal `Open`). */
  readonly open: boolean;
  /** Net P&L in account currency (open P&L for an open trade); NaN when a file lacks the column. */
  readonly profit: number;
  readonly profitPercent: number;
  /** Favorable excursion, account currency, ≥ 0 (NaN when unknown). */
  readonly maxRunup: number;
  /** Adverse excursion, account currency, ≤ 0 (NaN when unknown). */
  readonly maxDrawdown: number;
  readonly cumulativeProfit: number;
}

export interface ListingContext {
  /** The last bar: open trades are marked at its close and stamped with its time. */
  readonly lastBar: { readonly time: number; readonly close: number };
  readonly pointValue: number;
}

/** TradingView's exit-row signal for a trade still open at the end of the list. */
export const OPEN_TRADE_SIGNAL = 'Open';

/**
 * Our trade records as listed trades, in trade-number order. An open trade is marked at the last
 * close, net of its entry commission, and its cumulative P&L adds its open P&L to the closed total,
 * as TradingView's export shows it (corpus: trade 4690 of ta-rsi14-cross-50-01, −4.59 on top of
 * 1292.86 gives 1288.27).
 */
export function listTrades(
  closed: readonly ClosedTradeRecord[],
  open: readonly OpenTradeRecord[],
  context: ListingContext,
): ListedTrade[] {
  const listed: ListedTrade[] = closed.map((t) => ({
    tradeNumber: t.tradeNumber,
    direction: t.direction,
    qty: t.qty,
    entry: fill(t.entry),
    exit: fill(t.exit),
    open: false,
    profit: t.profit,
    profitPercent: t.profitPercent,
    maxRunup: t.maxRunup,
    maxDrawdown: t.maxDrawdown,
    cumulativeProfit: t.cumulativeProfit,
  }));
  listed.sort((a, b) => a.tradeNumber - b.tradeNumber);
  let cumulative = listed.length > 0 ? listed[listed.length - 1]!.cumulativeProfit : 0;
  const { lastBar, pointValue } = context;
  for (const t of [...open].sort((a, b) => a.tradeNumber - b.tradeNumber)) {
    const sign = t.direction === 'long' ? 1 : -1;
    const entryValue = t.qty * t.entry.price * pointValue;
    const profit = sign * t.qty * (lastBar.close - t.entry.price) * pointValue - t.entry.commission;
    cumulative += profit;
    listed.push({
      tradeNumber: t.tradeNumber,
      direction: t.direction,
      qty: t.qty,
      entry: fill(t.entry),
      exit: { time: lastBar.time, price: lastBar.close, signal: OPEN_TRADE_SIGNAL },
      open: true,
      profit,
      profitPercent: (profit / entryValue) * 100,
      maxRunup: t.maxRunup,
      maxDrawdown: t.maxDrawdown,
      cumulativeProfit: cumulative,
    });
  }
  return listed;
}

function fill(f: { time: number; price: number; signal: string }): ListedFill {
  return { time: f.time, price: f.price, signal: f.signal };
}

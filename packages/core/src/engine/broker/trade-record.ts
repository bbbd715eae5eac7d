/**
 * The trade records of TradingView's broker emulator as Barwise keeps them: what the Strategy
 * Tester's "List of Trades" shows, one record per trade with its entry and exit fills.
 * Times are the open time (ms UTC) of the bar on which the fill happened, as TradingView stamps them.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strategies/
 */

export type TradeDirection = 'long' | 'short';

export interface TradeFill {
  /** Open time, ms UTC, of the bar on which the order filled. */
  readonly time: number;
  readonly barIndex: number;
  readonly price: number;
  /** The order's id, or its comment when one was given (TradingView's "Signal" column). */
  readonly signal: string;
  /** The order's comment (`strategy.closedtrades.entry_comment`/`exit_comment`); null when none was given. */
  readonly comment: string | null;
  /** Commission charged on this fill, in account currency. */
  readonly commission: number;
}

/** A fill as TradingView lists it: its Signal is the order's comment when one was given, else its id. */
export function tradeFill(
  time: number,
  barIndex: number,
  price: number,
  id: string,
  comment: string | null,
  commission: number,
): TradeFill {
  return { time, barIndex, price, signal: comment ?? id, comment, commission };
}

/** A trade that is still open: one entry fill (partial closes split a trade into closed parts). */
export interface OpenTradeRecord {
  /** 1-based number in order of entry (TradingView's "Trade #"). */
  readonly tradeNumber: number;
  /** The entry order's id (`strategy.opentrades.entry_id`). */
  readonly entryId: string;
  readonly direction: TradeDirection;
  /** Contracts, always positive. */
  readonly qty: number;
  readonly entry: TradeFill;
  /**
   * Best and worst open profit seen while the trade was open, net of the entry's commission, in
   * account currency (run-up ≥ 0, drawdown ≤ 0).
   */
  readonly maxRunup: number;
  readonly maxDrawdown: number;
}

export interface ClosedTradeRecord extends OpenTradeRecord {
  /** The exit order's id (`strategy.closedtrades.exit_id`). */
  readonly exitId: string;
  readonly exit: TradeFill;
  /** Net profit after both fills' commission, account currency. */
  readonly profit: number;
  /** Profit as a percent of the entry value (qty × entry price × point value). */
  readonly profitPercent: number;
  /**
   * Cumulative net profit of all closed trades up to and including this one, less the commission
   * the entries still open had paid at that moment (TradingView's "Cumulative P&L": three pyramided
   * trades closed together list -2.97 - 2.00 for the first, the other two entries' commission).
   */
  readonly cumulativeProfit: number;
}

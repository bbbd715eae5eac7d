/** The emulator's working copy of one open trade (an entry fill not yet fully closed). */
import type { Side } from './orders.ts';

export interface OpenTrade {
  /** Order in which trades were opened; identifies the trade while it is open. */
  readonly serial: number;
  readonly entryId: string;
  readonly entryComment: string | null;
  readonly side: Side;
  /** Contracts still open (partial closes reduce it). */
  qty: number;
  readonly entryPrice: number;
  /** Bar of the entry fill; its time is the bar's open time. */
  readonly entryBar: number;
  /** Commission of the entry fill still attributed to the open part. */
  entryCommission: number;
  /** Best and worst price seen while open (for run-up and drawdown). */
  bestPrice: number;
  worstPrice: number;
  /**
   * Ids of exit rules that already filled on this trade: a partial exit fires once per trade.
   * Null until the first exit fill (most trades never need the set).
   */
  filledExitIds: Set<string> | null;
}

/** Open profit of the trade at `price`, before commission, in account currency. */
export function tradeOpenProfit(trade: OpenTrade, price: number, pointValue: number): number {
  return (price - trade.entryPrice) * trade.side * trade.qty * pointValue;
}

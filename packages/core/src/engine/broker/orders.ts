/**
 * Orders the emulator keeps between bars: pending entries/orders/closes and the exit brackets of
 * `strategy.exit`, with the per-trade legs those brackets arm.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy.exit
 */
import type { OpenTrade } from './open-trade.ts';

export type Side = 1 | -1;
export type OcaType = 'cancel' | 'reduce' | 'none';
export type PendingKind = 'entry' | 'order' | 'close' | 'close_all';

/** An order placed by `strategy.entry`, `strategy.order`, `strategy.close` or `strategy.close_all`. */
export interface PendingOrder {
  /** Creation sequence: orders of equal priority fill in this order. */
  seq: number;
  readonly kind: PendingKind;
  readonly id: string;
  side: Side;
  /** Contracts to trade; for closes NaN = everything the close targets at fill time. */
  qty: number;
  /** For `strategy.close`: percent of the targeted trades (NaN = use `qty` or all). */
  qtyPercent: number;
  /** Price levels already on the mintick grid; NaN = none. */
  limit: number;
  stop: number;
  /** Stop-limit: the stop has traded, the order now works as a limit. */
  stopTriggered: boolean;
  ocaName: string | null;
  ocaType: OcaType;
  comment: string | null;
  placedBar: number;
  /** The position already held the order's direction when it was placed (pyramiding is re-checked at fill). */
  placedSameDirection: boolean;
  /** An entry that may only close the opposite position (strategy.risk.allow_entry_in). */
  closeOnly: boolean;
}

/** One `strategy.exit` call (re-calling the id modifies it). Levels in ticks are relative to each trade's entry. */
export interface ExitRule {
  seq: number;
  readonly id: string;
  /** Entry id the exit serves; null = every entry. */
  fromEntry: string | null;
  qty: number;
  qtyPercent: number;
  profitTicks: number;
  lossTicks: number;
  limitPrice: number;
  stopPrice: number;
  trailPrice: number;
  trailPoints: number;
  trailOffset: number;
  ocaName: string | null;
  comment: string | null;
  commentProfit: string | null;
  commentLoss: string | null;
  commentTrailing: string | null;
  /**
   * Has armed a leg on some trade: the rule dies when the position goes flat, or with the last
   * trade of its `fromEntry`.
   */
  attached: boolean;
}

/** The orders one exit rule holds for one open trade: limit, stop and trailing stop, reduce-OCA. */
export interface ExitLeg {
  readonly rule: ExitRule;
  readonly trade: OpenTrade;
  qty: number;
  limit: number;
  stop: number;
  /** Price at which trailing starts (NaN = no trailing stop). */
  trailActivation: number;
  /** Distance of the trailing stop from the best price, in price units. */
  trailDistance: number;
  trailActive: boolean;
  trailBest: number;
  done: boolean;
}

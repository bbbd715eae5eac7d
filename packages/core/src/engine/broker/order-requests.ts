/**
 * What a strategy passes to the emulator's order methods. Absent values may be `undefined`, `null`
 * or NaN (Pine's na), so a Pine facade can forward its arguments as they come.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy.entry
 */
import type { OcaType } from './orders.ts';

type Maybe<T> = T | undefined | null;

export interface EntryRequest {
  readonly qty?: Maybe<number>;
  readonly limit?: Maybe<number>;
  readonly stop?: Maybe<number>;
  readonly ocaName?: Maybe<string>;
  readonly ocaType?: Maybe<OcaType>;
  readonly comment?: Maybe<string>;
}

export interface ExitRequest {
  /** Entry id served; absent = every entry (current and future, until flat). */
  readonly fromEntry?: Maybe<string>;
  readonly qty?: Maybe<number>;
  readonly qtyPercent?: Maybe<number>;
  /** Take-profit distance from the entry price, in ticks. */
  readonly profit?: Maybe<number>;
  readonly limit?: Maybe<number>;
  /** Stop-loss distance from the entry price, in ticks. */
  readonly loss?: Maybe<number>;
  readonly stop?: Maybe<number>;
  readonly trailPrice?: Maybe<number>;
  /** Trailing activation distance from the entry price, in ticks. */
  readonly trailPoints?: Maybe<number>;
  /** Trailing distance behind the best price, in ticks. */
  readonly trailOffset?: Maybe<number>;
  readonly ocaName?: Maybe<string>;
  readonly comment?: Maybe<string>;
  readonly commentProfit?: Maybe<string>;
  readonly commentLoss?: Maybe<string>;
  readonly commentTrailing?: Maybe<string>;
}

export interface CloseRequest {
  readonly comment?: Maybe<string>;
  readonly qty?: Maybe<number>;
  readonly qtyPercent?: Maybe<number>;
  /** Fill at this bar's close instead of the next open. */
  readonly immediately?: Maybe<boolean>;
}

/** A number or NaN when absent. */
export function numberOrNaN(value: Maybe<number>): number {
  return value === undefined || value === null ? Number.NaN : value;
}

/** A string or null when absent. */
export function textOrNull(value: Maybe<string>): string | null {
  return value === undefined || value === null ? null : value;
}

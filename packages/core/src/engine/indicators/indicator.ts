/** The streaming-indicator contract every indicator in this folder fulfils (trading-signals style). */

/**
 * A streaming indicator: feed one input per bar with `add`, or correct the still-open bar with
 * `replace`. `value` is NaN until the indicator has seen enough inputs (`isStable`).
 */
export interface StreamingIndicator<In = number> {
  /** Inputs needed before `value` is defined. */
  readonly warmup: number;
  /** Latest output; NaN while warming up. */
  readonly value: number;
  /** True once `value` is defined. */
  readonly isStable: boolean;
  /** Appends one input (a newly closed or newly opened bar) and returns the new value. */
  add(input: In): number;
  /** Replaces the most recently added input (the still-open bar) and returns the new value. */
  replace(input: In): number;
  /** Forgets all inputs. */
  reset(): void;
}

/** High, low and close of one bar: the input of range-based indicators such as ATR. */
export interface HighLowClose {
  readonly high: number;
  readonly low: number;
  readonly close: number;
}

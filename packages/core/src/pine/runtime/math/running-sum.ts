/** The incremental sliding sum behind math.sum and ta.sma: a ring buffer of the non-na inputs and their running total. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * TradingView keeps the sum incrementally (subtract the value leaving the window, add the one
 * entering), so its last bits differ from a fresh sum of the window — which decides crossings of
 * nearly equal values (TRADINGVIEW-SEMANTICS.md, "Numbers"). na inputs are skipped: they do not
 * enter the window, and on an na bar the sum of the current window is returned again. A `length`
 * that changes between calls (series length) restarts the running sum from a fresh
 * left-to-right sum.
 */
export class RunningSum extends RollingWindow {
  // Protected for ta.sma, whose every-bar path repeats `advance`'s steps to stay small.
  protected sum = 0;
  /** The window length of the running sum; NaN until the first valid call. */
  protected length = Number.NaN;

  /** Takes `source` and returns the sum of the newest `length` non-na values; NaN until there are that many. */
  protected advance(source: number, length: number): number {
    // The every-bar case (same length as last bar, a value) works on the ring buffer directly and
    // stays small, so that it inlines into the script's step; the rest is in `advanceOther`, whose
    // result the unary + keeps a plain double (see ta/sma.ts).
    if (length !== this.length || Number.isNaN(source)) return +this.advanceOther(source, length);
    const buffer = this.buffer;
    const mask = this.mask;
    let sum = this.sum;
    // The value leaving the window, `get(length - 1)`: the buffer holds ≥ `length` (reserved below).
    if (this.count >= length) sum -= buffer[(this.head - length + 1) & mask] as number;
    sum += source;
    this.sum = sum;
    const head = (this.head + 1) & mask;
    this.head = head;
    buffer[head] = source;
    return ++this.count >= length ? sum : Number.NaN;
  }

  /** An na `source`, or a `length` other than last bar's (the first bar, a series length). */
  private advanceOther(source: number, length: number): number {
    if (!(length >= 1)) return Number.NaN;
    if (Number.isNaN(source)) {
      if (this.count < length) return Number.NaN;
      return length === this.length ? this.sum : this.freshSum(length);
    }
    this.reserve(length);
    this.push(source);
    this.sum = this.freshSum(length);
    this.length = length;
    return this.count >= length ? this.sum : Number.NaN;
  }

  /** Left-to-right (oldest first) sum of the newest `length` values held. */
  private freshSum(length: number): number {
    return this.sumNewest(Math.min(length, this.size));
  }
}

/** math.sum: a sliding sum kept incrementally, the engine of ta.sma and every windowed sum in ta.*. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * `math.sum(source, length)` for one call site. TradingView keeps the sum incrementally (subtract
 * the value leaving the window, add the one entering), so its last bits differ from a fresh sum
 * of the window — which decides crossings of nearly equal values (TRADINGVIEW-SEMANTICS.md,
 * "Numbers"). na inputs are skipped: "the function calculates on the `length` quantity of non-na
 * values"; on an na bar the sum of the current window is returned again. A `length` that changes
 * between calls (series length) restarts the running sum from a fresh left-to-right sum.
 *
 * PineForge (pineforge-4pass/pineforge-engine, ta_moving_averages.cpp) reports that, on its
 * TradingView corpus, windows of up to 16 values behaved like a fresh sum every bar and long
 * windows like a running sum re-summed every 256 bars; we follow the documented incremental rule
 * until our own corpus says otherwise.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.sum
 */
export class MathSum {
  private readonly window = new RollingWindow();
  private sum = 0;
  private length = -1;

  /** Non-na values seen so far. */
  get count(): number {
    return this.window.count;
  }

  /** The value `back` non-na inputs ago (0 = the latest), for functions built on this window. */
  value(back: number): number {
    return this.window.get(back);
  }

  next(source: number, length: number): number {
    if (!(length >= 1)) return Number.NaN;
    const w = this.window;
    if (Number.isNaN(source)) {
      if (w.count < length) return Number.NaN;
      return length === this.length ? this.sum : this.freshSum(length);
    }
    if (length === this.length) {
      if (w.count >= length) this.sum -= w.get(length - 1);
      this.sum += source;
      w.push(source);
    } else {
      w.reserve(length);
      w.push(source);
      this.sum = this.freshSum(length);
      this.length = length;
    }
    return w.count >= length ? this.sum : Number.NaN;
  }

  /** Left-to-right (oldest first) sum of the newest `length` values held. */
  private freshSum(length: number): number {
    const n = Math.min(length, this.window.size);
    let sum = 0;
    for (let i = n - 1; i >= 0; i--) sum += this.window.get(i);
    return sum;
  }
}

/** ta.change, ta.mom and ta.roc: the current value against its value `length` calls ago. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * `source - source[length]` over this call site's history (na values stay in it and give na;
 * na until `length` earlier calls). `ta.mom` is the same function.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.change
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.mom
 */
export class Change {
  private readonly window = new RollingWindow();

  next(source: number, length = 1): number {
    const w = this.window;
    w.reserve(length + 1);
    w.push(source);
    return source - w.get(length);
  }
}

/**
 * `ta.change` of a bool or string: true when the value differs from `length` calls ago; false
 * while there is no such value (Pine v6 bools are never na).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.change
 */
export class ChangeValue<T> {
  private readonly history: (T | null)[] = [];

  next(source: T | null, length = 1): boolean {
    const h = this.history;
    h.push(source);
    // Trimmed in batches so pushes stay amortised O(1).
    if (h.length > 2 * (length + 1) + 64) h.splice(0, h.length - (length + 1));
    if (h.length <= length) return false;
    return h[h.length - 1 - length] !== source;
  }
}

/**
 * `100 * (source - source[length]) / source[length]`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.roc
 */
export class Roc {
  private readonly window = new RollingWindow();

  next(source: number, length: number): number {
    const w = this.window;
    w.reserve(length + 1);
    w.push(source);
    const past = w.get(length);
    return (100 * (source - past)) / past;
  }
}

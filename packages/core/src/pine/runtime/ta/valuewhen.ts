/** ta.valuewhen and ta.barssince: values and distances tied to the bars where a condition held. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * The value `source` had on the `occurrence`-th most recent call (0 = latest) on which
 * `condition` was true; na until there have been occurrence + 1 such calls.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.valuewhen
 */
export class ValueWhen {
  private readonly values = new RollingWindow();

  next(condition: boolean, source: number, occurrence: number): number {
    if (condition) {
      this.values.reserve(occurrence + 1);
      this.values.push(source);
    }
    return this.values.get(occurrence);
  }
}

/** `ta.valuewhen` for strings, bools and references (na = null). */
export class ValueWhenRef<T> {
  private readonly values: T[] = [];

  next(condition: boolean, source: T, occurrence: number): T | null {
    if (condition) {
      this.values.push(source);
      if (this.values.length > 2 * (occurrence + 1) + 64) {
        this.values.splice(0, this.values.length - (occurrence + 1));
      }
    }
    const i = this.values.length - 1 - occurrence;
    return i >= 0 ? (this.values[i] as T) : null;
  }
}

/**
 * Calls since `condition` was last true (0 on a true call); na before the first true.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.barssince
 */
export class BarsSince {
  private count = Number.NaN;

  next(condition: boolean): number {
    if (condition) this.count = 0;
    else if (!Number.isNaN(this.count)) this.count++;
    return this.count;
  }
}

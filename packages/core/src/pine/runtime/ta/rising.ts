/** ta.rising and ta.falling: the current value beyond every one of the previous `length` values. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * "true if current source is greater than any previous source for length bars back": compares
 * with the previous `length` non-na values (na inputs are skipped and give false); false until
 * `length` earlier values exist.
 */
class Monotone {
  private readonly window = new RollingWindow();

  constructor(private readonly sign: 1 | -1) {}

  next(source: number, length: number): boolean {
    if (Number.isNaN(source) || !(length >= 1)) return false;
    const w = this.window;
    w.reserve(length + 1);
    w.push(source);
    if (w.count <= length) return false;
    for (let back = 1; back <= length; back++) {
      const v = w.get(back);
      if (this.sign === 1 ? !(source > v) : !(source < v)) return false;
    }
    return true;
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.rising */
export class Rising extends Monotone {
  constructor() {
    super(1);
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.falling */
export class Falling extends Monotone {
  constructor() {
    super(-1);
  }
}

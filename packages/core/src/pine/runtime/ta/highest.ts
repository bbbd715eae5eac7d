/** ta.highest, ta.lowest, ta.highestbars, ta.lowestbars, ta.range: extremes over the last `length` bars. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * Extremes over a window of the last `length` CALLS (bars): an na input takes its slot, and the
 * extreme is taken over the non-na members ("na values are ignored"); na until `length` calls,
 * or when the window holds no value. PineForge confirmed this positional window against
 * TradingView (ta_extremes_volume.cpp, findings 331/332). The one-argument forms
 * (`ta.highest(length)`) pass `high` / `low` as the source. Ties in the *bars variants resolve to
 * the oldest bar (strict comparison while walking oldest to newest, as PineForge).
 * `next` returns the extreme; `offset` holds the matching ta.highestbars/lowestbars value (≤ 0).
 */
class Extreme {
  offset = Number.NaN;
  private readonly window = new RollingWindow();

  constructor(private readonly sign: 1 | -1) {}

  next(source: number, length: number): number {
    const w = this.window;
    if (!(length >= 1)) return (this.offset = Number.NaN);
    w.reserve(length);
    w.push(source);
    let best = Number.NaN;
    let bestBack = -1;
    if (w.count >= length) {
      for (let back = length - 1; back >= 0; back--) {
        const v = w.get(back);
        if (Number.isNaN(v)) continue;
        if (bestBack < 0 || (this.sign === 1 ? v > best : v < best)) {
          best = v;
          bestBack = back;
        }
      }
    }
    this.offset = bestBack < 0 ? Number.NaN : 0 - bestBack;
    return best;
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.highest */
export class Highest extends Extreme {
  constructor() {
    super(1);
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.lowest */
export class Lowest extends Extreme {
  constructor() {
    super(-1);
  }
}

/** Offset (≤ 0) of the highest value. @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.highestbars */
export class HighestBars {
  private readonly inner = new Highest();

  next(source: number, length: number): number {
    this.inner.next(source, length);
    return this.inner.offset;
  }
}

/** Offset (≤ 0) of the lowest value. @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.lowestbars */
export class LowestBars {
  private readonly inner = new Lowest();

  next(source: number, length: number): number {
    this.inner.next(source, length);
    return this.inner.offset;
  }
}

/**
 * `ta.highest(source, length) - ta.lowest(source, length)`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.range
 */
export class Range {
  private readonly high = new Highest();
  private readonly low = new Lowest();

  next(source: number, length: number): number {
    return this.high.next(source, length) - this.low.next(source, length);
  }
}

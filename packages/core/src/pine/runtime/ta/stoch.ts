/** ta.stoch and ta.wpr: where a value sits within the highest-high / lowest-low range. */
import type { BarState } from '../series/bar-state.ts';
import { Highest, Lowest } from './highest.ts';

/**
 * `100 * (source - ta.lowest(low, length)) / (ta.highest(high, length) - ta.lowest(low, length))`;
 * na on a flat window (zero range), as PineForge's TradingView oracle shows (finding 331).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.stoch
 */
export class Stoch {
  private readonly highest = new Highest();
  private readonly lowest = new Lowest();

  next(source: number, high: number, low: number, length: number): number {
    const hi = this.highest.next(high, length);
    const lo = this.lowest.next(low, length);
    const range = hi - lo;
    if (range === 0) return Number.NaN;
    return (100 * (source - lo)) / range;
  }
}

/**
 * Williams %R: `100 * (close - highest(high, length)) / (highest - lowest)`, in [−100, 0]; na on
 * a flat window.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.wpr
 */
export class Wpr {
  private readonly highest = new Highest();
  private readonly lowest = new Lowest();

  constructor(private readonly bar: BarState) {}

  next(length: number): number {
    const hi = this.highest.next(this.bar.high, length);
    const lo = this.lowest.next(this.bar.low, length);
    const range = hi - lo;
    if (range === 0) return Number.NaN;
    return (100 * (this.bar.close - hi)) / range;
  }
}

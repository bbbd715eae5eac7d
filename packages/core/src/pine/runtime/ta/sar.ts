/** ta.sar: Wilder's parabolic stop and reverse. */
import type { BarState } from '../series/bar-state.ts';

/**
 * The reference's `pine_sar`, literally: initialised on bar_index 1 from the direction of the
 * first close-to-close move, then result += acceleration · (extreme − result), reversal when price
 * crosses the result, acceleration += inc (capped at max) on each new extreme, and the result
 * clamped by the previous two bars' lows (uptrend) or highs (downtrend). na on bar 0.
 * `bar_index`, `high[1]`, `low[2]` … are the chart's.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.sar
 */
export class Sar {
  private result = Number.NaN;
  private maxMin = Number.NaN;
  private acceleration = Number.NaN;
  private isBelow = false;

  constructor(private readonly bar: BarState) {}

  next(start: number, inc: number, max: number): number {
    const b = this.bar;
    let isFirstTrendBar = false;
    if (b.barIndex === 1) {
      if (b.close > b.pastClose(1)) {
        this.isBelow = true;
        this.maxMin = b.high;
        this.result = b.pastLow(1);
      } else {
        this.isBelow = false;
        this.maxMin = b.low;
        this.result = b.pastHigh(1);
      }
      isFirstTrendBar = true;
      this.acceleration = start;
    }
    this.result = this.result + this.acceleration * (this.maxMin - this.result);
    if (this.isBelow) {
      if (this.result > b.low) {
        isFirstTrendBar = true;
        this.isBelow = false;
        this.result = Math.max(b.high, this.maxMin);
        this.maxMin = b.low;
        this.acceleration = start;
      }
    } else if (this.result < b.high) {
      isFirstTrendBar = true;
      this.isBelow = true;
      this.result = Math.min(b.low, this.maxMin);
      this.maxMin = b.high;
      this.acceleration = start;
    }
    if (!isFirstTrendBar) {
      if (this.isBelow) {
        if (b.high > this.maxMin) {
          this.maxMin = b.high;
          this.acceleration = Math.min(this.acceleration + inc, max);
        }
      } else if (b.low < this.maxMin) {
        this.maxMin = b.low;
        this.acceleration = Math.min(this.acceleration + inc, max);
      }
    }
    if (this.isBelow) {
      this.result = Math.min(this.result, b.pastLow(1));
      if (b.barIndex > 1) this.result = Math.min(this.result, b.pastLow(2));
    } else {
      this.result = Math.max(this.result, b.pastHigh(1));
      if (b.barIndex > 1) this.result = Math.max(this.result, b.pastHigh(2));
    }
    return this.result;
  }
}

/** ta.variance and ta.stdev: squared deviations from the SMA over the last `length` non-na values. */
import { MathSum } from '../math/sum.ts';

/** |x| ≤ 1e-10 counts as 0: the reference's `SUM(fst, snd)` helper inside `pine_stdev`. */
const EPSILON = 1e-10;

/**
 * Σ (x_i − mean)² over the window, as the reference's `pine_stdev`: the mean is `ta.sma` (kept
 * incrementally) and each difference whose magnitude is at most 1e-10 is taken as 0, so a flat
 * window gives exactly 0. Divided by `length` (biased, the default) or `length − 1`. na inputs
 * are skipped like ta.sma's and return the current window's value; na until `length` values.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.variance
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.stdev
 */
export class Variance {
  private readonly sum = new MathSum();

  next(source: number, length: number, biased = true): number {
    const total = this.sum.next(source, length);
    if (Number.isNaN(total)) return Number.NaN;
    const mean = total / length;
    let squares = 0;
    for (let i = 0; i < length; i++) {
      let d = this.sum.value(i) + -mean;
      if (Math.abs(d) <= EPSILON) d = 0;
      squares += d * d;
    }
    return squares / (biased ? length : length - 1);
  }
}

/** `ta.stdev(source, length, biased = true)`: √ of `Variance`. */
export class Stdev {
  private readonly variance = new Variance();

  next(source: number, length: number, biased = true): number {
    return Math.sqrt(this.variance.next(source, length, biased));
  }
}

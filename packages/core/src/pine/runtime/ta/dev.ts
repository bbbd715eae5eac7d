/** ta.dev and ta.cci: mean absolute deviation from the SMA, and the commodity channel index built on it. */
import { MathSum } from '../math/sum.ts';

/**
 * The reference's `pine_dev`: mean = ta.sma(source, length), Σ |x_i − mean| / length over the
 * last `length` non-na values (na inputs are skipped like ta.sma's). na until `length` values.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.dev
 */
export class Dev {
  /** The SMA of the latest call, for `Cci`. */
  mean = Number.NaN;
  private readonly sum = new MathSum();

  next(source: number, length: number): number {
    const total = this.sum.next(source, length);
    if (Number.isNaN(total)) {
      this.mean = Number.NaN;
      return Number.NaN;
    }
    const mean = total / length;
    this.mean = mean;
    let deviations = 0;
    for (let i = 0; i < length; i++) deviations += Math.abs(this.sum.value(i) - mean);
    return deviations / length;
  }
}

/**
 * `(source − ta.sma(source, length)) / (0.015 · ta.dev(source, length))`, Lambert's constant 0.015.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.cci
 */
export class Cci {
  private readonly dev = new Dev();

  next(source: number, length: number): number {
    const dev = this.dev.next(source, length);
    return (source - this.dev.mean) / (0.015 * dev);
  }
}

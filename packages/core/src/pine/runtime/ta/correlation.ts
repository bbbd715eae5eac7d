/** ta.correlation: Pearson correlation of two series over the last `length` bars. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * Pearson's r over the newest `length` pairs, from means and centred sums (two passes).
 * A pair with an na member is skipped ("calculates on the length quantity of non-na values").
 * na until `length` pairs; na when either series is constant over the window (0 / 0).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.correlation
 */
export class Correlation {
  private readonly xs = new RollingWindow();
  private readonly ys = new RollingWindow();

  next(source1: number, source2: number, length: number): number {
    if (!(length >= 1)) return Number.NaN;
    if (!Number.isNaN(source1) && !Number.isNaN(source2)) {
      this.xs.reserve(length);
      this.ys.reserve(length);
      this.xs.push(source1);
      this.ys.push(source2);
    }
    if (this.xs.count < length) return Number.NaN;
    let mx = 0;
    let my = 0;
    for (let i = length - 1; i >= 0; i--) {
      mx += this.xs.get(i);
      my += this.ys.get(i);
    }
    mx /= length;
    my /= length;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = length - 1; i >= 0; i--) {
      const dx = this.xs.get(i) - mx;
      const dy = this.ys.get(i) - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}

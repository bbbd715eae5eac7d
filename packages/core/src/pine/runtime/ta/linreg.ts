/** ta.linreg: value of the least-squares line over the last `length` bars, `offset` bars back from its end. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * "linreg = intercept + slope * (length - 1 - offset)" with x = 0 (oldest) … length − 1 (newest)
 * and the ordinary least-squares slope and intercept. na values in the window give na
 * ("included in calculations"); na until `length` calls.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.linreg
 */
export class Linreg {
  private readonly window = new RollingWindow();

  next(source: number, length: number, offset: number): number {
    if (!(length >= 1)) return Number.NaN;
    const w = this.window;
    w.reserve(length);
    w.push(source);
    if (w.count < length) return Number.NaN;
    let sx = 0;
    let sy = 0;
    let sxy = 0;
    let sxx = 0;
    for (let x = 0; x < length; x++) {
      const y = w.get(length - 1 - x);
      sx += x;
      sy += y;
      sxy += x * y;
      sxx += x * x;
    }
    const denominator = length * sxx - sx * sx;
    if (denominator === 0) return sy / length;
    const slope = (length * sxy - sx * sy) / denominator;
    const intercept = (sy - slope * sx) / length;
    return intercept + slope * (length - 1 - offset);
  }
}

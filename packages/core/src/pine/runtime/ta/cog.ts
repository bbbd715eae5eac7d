/** ta.cog: Ehlers' center of gravity, −Σ x[i] · (i + 1) / Σ x[i]. */
import { MathSum } from '../math/sum.ts';
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * The reference's `pine_cog`: sum = math.sum(source, length) (na-skipping), numerator over this
 * call site's last `length` values newest first, `-num / sum`. An na in the window makes the
 * numerator na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.cog
 */
export class Cog {
  private readonly sum = new MathSum();
  private readonly window = new RollingWindow();

  next(source: number, length: number): number {
    const sum = this.sum.next(source, length);
    const w = this.window;
    w.reserve(length);
    w.push(source);
    let num = 0;
    for (let i = 0; i < length; i++) num += w.get(i) * (i + 1);
    return -num / sum;
  }
}

/** ta.sma: simple moving average over the last `length` non-na values, from an incrementally kept sum. */
import { MathSum } from '../math/sum.ts';

/**
 * Seeding: na until `length` non-na values have been seen. na inputs are skipped ("na values in
 * the source series are ignored"): they do not enter the window, and on such a bar the mean of the
 * current window is returned again (PineForge's TradingView corpus, finding KI-66). The sum is kept
 * incrementally as TradingView does (see `MathSum`); `length` may change from bar to bar.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.sma
 */
export class Sma {
  private readonly sum = new MathSum();

  next(source: number, length: number): number {
    return this.sum.next(source, length) / length;
  }
}

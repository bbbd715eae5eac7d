/** ta.wma: linearly weighted moving average over the last `length` non-na values. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * Weights 1 (oldest) … length (newest), accumulated oldest to newest and divided by the sum of the
 * weights. The reference's `pine_wma` scales every weight by `length` and walks newest first; the
 * result is the same real number, and PineForge reports this order as the one that matches
 * TradingView's bits (ta_moving_averages.cpp, "WMA feeds HMA"). Seeding: na until `length`
 * non-na values. na inputs are skipped and return na on their bar (PineForge).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.wma
 */
export class Wma {
  private readonly window = new RollingWindow();

  next(source: number, length: number): number {
    if (Number.isNaN(source) || !(length >= 1)) return Number.NaN;
    const w = this.window;
    w.reserve(length);
    w.push(source);
    if (w.count < length) return Number.NaN;
    let sum = 0;
    let norm = 0;
    for (let weight = 1; weight <= length; weight++) {
      sum += w.get(length - weight) * weight;
      norm += weight;
    }
    return sum / norm;
  }
}

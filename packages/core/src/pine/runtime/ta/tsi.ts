/** ta.tsi: true strength index, double-smoothed momentum over double-smoothed absolute momentum, in [−1, 1]. */
import { Ema } from './ema.ts';

/**
 * pc = change(source); tsi = ema(ema(pc, long), short) / ema(ema(|pc|, long), short), without the
 * textbook's × 100 (the reference: "a value in range [-1, 1]"). The first change is na and is
 * skipped by the EMAs; na when the denominator is 0 (PineForge's TradingView oracle).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.tsi
 */
export class Tsi {
  private readonly longPc = new Ema();
  private readonly shortPc = new Ema();
  private readonly longAbs = new Ema();
  private readonly shortAbs = new Ema();
  private previous = Number.NaN;

  next(source: number, shortLength: number, longLength: number): number {
    const pc = source - this.previous;
    this.previous = source;
    const num = this.shortPc.next(this.longPc.next(pc, longLength), shortLength);
    const den = this.shortAbs.next(this.longAbs.next(Math.abs(pc), longLength), shortLength);
    return den === 0 ? Number.NaN : num / den;
  }
}

/** ta.ema: exponential moving average, alpha = 2 / (length + 1), seeded with the SMA of the first `length` values. */
import { EMA } from '../../../engine/indicators/ema/ema.ts';

/**
 * Wraps the engine's EMA, whose definition is TradingView's built-in one: na until `length`
 * values have been seen, then seeded with their SMA, then `alpha * x + (1 - alpha) * ema[1]`
 * (the reference's `pine_ema` seeds with the first value instead; the built-in does not —
 * PineForge's TradingView corpus, KI-55, and LEAN's EMA agree with the SMA seed).
 * na inputs: the bar's result is na and the recursion state is untouched, so the next non-na
 * value continues from the last one (PineForge corpus, KI-66). `length` is simple: fixed at the
 * first call.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.ema
 */
export class Ema {
  private inner: EMA | undefined;

  next(source: number, length: number): number {
    if (Number.isNaN(source)) return Number.NaN;
    if (this.inner === undefined) {
      if (!(length >= 1)) return Number.NaN;
      this.inner = new EMA(length);
    }
    return this.inner.add(source);
  }
}

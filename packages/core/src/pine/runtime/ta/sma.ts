/** ta.sma: simple moving average over the last `length` non-na values; short windows re-summed, long ones running. */
import { MathSum } from '../math/sum.ts';

/**
 * Longest window whose sum is recomputed from its values on every bar. Shorter windows must give
 * equal bits for equal windows: in `k = ta.sma(stoch, 3); d = ta.sma(k, 3)` a saturated stoch
 * (0, 0, x, 0, 0) makes k == d exactly, and a running sum's drift turns that tie into crossings
 * TradingView does not take (corpus: ta-stochastic-rsi-cross-01, 57 fewer missed TradingView
 * trades; ta-triple-sma-stack-latch-01's 2026-03-07 exit, ta.sma(close, 10)). Longer windows keep
 * the running sum: re-summing ta.sma(close, 20) loses composite-kkb-margin-100-pct-01. The corpus
 * bounds the limit to 10–19; PineForge (ta_moving_averages.cpp, kSmaDirectSumMaxLength) uses 16.
 */
const FRESH_SUM_MAX_LENGTH = 16;

/**
 * Seeding: na until `length` non-na values have been seen. na inputs are skipped ("na values in
 * the source series are ignored"): they do not enter the window, and on such a bar the mean of the
 * current window is returned again (PineForge's TradingView corpus, finding KI-66). Windows longer
 * than FRESH_SUM_MAX_LENGTH use the incremental sum of `MathSum`; `length` may change from bar to bar.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.sma
 */
export class Sma {
  private readonly sum = new MathSum();

  next(source: number, length: number): number {
    const running = this.sum.next(source, length);
    if (Number.isNaN(running) || length > FRESH_SUM_MAX_LENGTH) return running / length;
    return this.windowSum(length) / length;
  }

  /** Oldest-first sum of the newest `length` non-na values. */
  private windowSum(length: number): number {
    let total = 0;
    for (let back = length - 1; back >= 0; back--) total += this.sum.value(back);
    return total;
  }
}

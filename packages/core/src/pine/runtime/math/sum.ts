/** math.sum: a sliding sum kept incrementally, the engine of ta.sma and every windowed sum in ta.*. */
import { RunningSum } from './running-sum.ts';

/**
 * `math.sum(source, length)` for one call site, kept incrementally as TradingView does (see
 * `RunningSum`): "the function calculates on the `length` quantity of non-na values".
 *
 * PineForge (pineforge-4pass/pineforge-engine, ta_moving_averages.cpp) reports that, on its
 * TradingView corpus, windows of up to 16 values behaved like a fresh sum every bar and long
 * windows like a running sum re-summed every 256 bars; we follow the documented incremental rule
 * until our own corpus says otherwise.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.sum
 */
export class MathSum extends RunningSum {
  /** The value `back` non-na inputs ago (0 = the latest), for functions built on this window. */
  value(back: number): number {
    return this.get(back);
  }

  next(source: number, length: number): number {
    return this.advance(source, length);
  }
}

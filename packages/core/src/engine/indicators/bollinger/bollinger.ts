/** Bollinger Bands: SMA middle band and bands `multiplier` population standard deviations away (ta.bb). */
import { assert } from '../../../assert.ts';
import type { StreamingIndicator } from '../indicator.ts';
import { SMA } from '../sma/sma.ts';

/**
 * Bollinger(period, multiplier). `value` is the middle band; `upper` and `lower` are
 * middle ± multiplier × the population standard deviation of the window, as TradingView's
 * ta.bb (ta.stdev with biased = true). The deviation is recomputed over the window each bar
 * (period is small), which avoids the cancellation of a running sum of squares.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.bb
 */
export class Bollinger implements StreamingIndicator<number> {
  readonly warmup: number;
  upper = Number.NaN;
  lower = Number.NaN;
  private readonly middle: SMA;
  private readonly window: Float64Array;
  private count = 0;

  constructor(
    readonly period: number,
    readonly multiplier = 2,
  ) {
    assert(multiplier > 0, `Bollinger multiplier must be > 0, got ${multiplier}`);
    this.middle = new SMA(period);
    this.window = new Float64Array(period);
    this.warmup = period;
  }

  get value(): number {
    return this.middle.value;
  }

  get isStable(): boolean {
    return this.middle.isStable;
  }

  add(input: number): number {
    this.window[this.count % this.period] = input;
    this.count++;
    this.middle.add(input);
    this.bands();
    return this.value;
  }

  replace(input: number): number {
    if (this.count === 0) return this.add(input);
    this.window[(this.count - 1) % this.period] = input;
    this.middle.replace(input);
    this.bands();
    return this.value;
  }

  private bands(): void {
    const mean = this.middle.value;
    if (Number.isNaN(mean)) return;
    let squares = 0;
    for (let i = 0; i < this.period; i++) squares += (this.window[i]! - mean) ** 2;
    const deviation = Math.sqrt(squares / this.period);
    this.upper = mean + this.multiplier * deviation;
    this.lower = mean - this.multiplier * deviation;
  }

  reset(): void {
    this.middle.reset();
    this.window.fill(0);
    this.count = 0;
    this.upper = Number.NaN;
    this.lower = Number.NaN;
  }
}

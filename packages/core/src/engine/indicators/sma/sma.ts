/** Simple moving average over a ring buffer with an incrementally kept sum (as TradingView's ta.sma). */
import { assert } from '../../../assert.ts';
import type { StreamingIndicator } from '../indicator.ts';

/**
 * SMA(period). The running sum is updated by adding the new and subtracting the dropped input,
 * as TradingView keeps `ta.sma`, so its last bits may differ from a fresh sum of the window.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.sma
 */
export class SMA implements StreamingIndicator<number> {
  readonly warmup: number;
  value = Number.NaN;
  private readonly window: Float64Array;
  private count = 0;
  private sum = 0;
  // State before the last `add`, so `replace` can undo it.
  private prevSum = 0;
  private prevSlot = 0;
  private prevValue = Number.NaN;

  constructor(readonly period: number) {
    assert(
      Number.isInteger(period) && period >= 1,
      `SMA period must be a whole number >= 1, got ${period}`,
    );
    this.warmup = period;
    this.window = new Float64Array(period);
  }

  get isStable(): boolean {
    return this.count >= this.period;
  }

  add(input: number): number {
    const slot = this.count % this.period;
    this.prevSum = this.sum;
    this.prevSlot = this.window[slot]!;
    this.prevValue = this.value;
    if (this.count >= this.period) this.sum -= this.window[slot]!;
    this.window[slot] = input;
    this.sum += input;
    this.count++;
    this.value = this.count >= this.period ? this.sum / this.period : Number.NaN;
    return this.value;
  }

  replace(input: number): number {
    if (this.count === 0) return this.add(input);
    this.count--;
    this.window[this.count % this.period] = this.prevSlot;
    this.sum = this.prevSum;
    this.value = this.prevValue;
    return this.add(input);
  }

  reset(): void {
    this.window.fill(0);
    this.count = 0;
    this.sum = 0;
    this.value = Number.NaN;
  }
}

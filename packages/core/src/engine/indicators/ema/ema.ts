/** Exponential moving average seeded with the SMA of the first `period` inputs (TradingView's ta.ema). */
import { assert } from '../../../assert.ts';
import type { StreamingIndicator } from '../indicator.ts';

/**
 * Exponential smoothing `v = alpha * x + (1 - alpha) * v[1]`, first value = SMA of the first
 * `period` inputs. EMA uses alpha = 2 / (period + 1); Wilder's RMA (see `RMA`) uses 1 / period.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.ema
 */
export class ExponentialSmoothing implements StreamingIndicator<number> {
  readonly warmup: number;
  value = Number.NaN;
  private count = 0;
  private seedSum = 0;
  private prevSeedSum = 0;
  private prevValue = Number.NaN;

  constructor(
    readonly period: number,
    readonly alpha: number,
  ) {
    assert(
      Number.isInteger(period) && period >= 1,
      `period must be a whole number >= 1, got ${period}`,
    );
    this.warmup = period;
  }

  get isStable(): boolean {
    return this.count >= this.period;
  }

  add(input: number): number {
    this.prevSeedSum = this.seedSum;
    this.prevValue = this.value;
    this.count++;
    if (this.count < this.period) {
      this.seedSum += input;
    } else if (this.count === this.period) {
      this.seedSum += input;
      this.value = this.seedSum / this.period;
    } else {
      this.value = this.alpha * input + (1 - this.alpha) * this.value;
    }
    return this.value;
  }

  replace(input: number): number {
    if (this.count === 0) return this.add(input);
    this.count--;
    this.seedSum = this.prevSeedSum;
    this.value = this.prevValue;
    return this.add(input);
  }

  reset(): void {
    this.count = 0;
    this.seedSum = 0;
    this.value = Number.NaN;
  }
}

/** EMA(period), alpha = 2 / (period + 1). */
export class EMA extends ExponentialSmoothing {
  constructor(period: number) {
    super(period, 2 / (period + 1));
  }
}

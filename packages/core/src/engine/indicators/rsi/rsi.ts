/** Relative Strength Index with Wilder smoothing seeded by an SMA (TradingView's ta.rsi). */
import type { StreamingIndicator } from '../indicator.ts';
import { RMA } from '../rma/rma.ts';

/**
 * RSI(period) = 100 - 100 / (1 + RMA(gain) / RMA(loss)), gains and losses from consecutive
 * inputs, so the first value appears at the (period + 1)-th input. 100 when there is no loss,
 * 0 when there is no gain, as TradingView's ta.rsi.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.rsi
 */
export class RSI implements StreamingIndicator<number> {
  readonly warmup: number;
  value = Number.NaN;
  private readonly gains: RMA;
  private readonly losses: RMA;
  private previous = Number.NaN;
  private beforePrevious = Number.NaN;

  constructor(readonly period: number) {
    this.gains = new RMA(period);
    this.losses = new RMA(period);
    this.warmup = period + 1;
  }

  get isStable(): boolean {
    return this.gains.isStable;
  }

  add(input: number): number {
    this.beforePrevious = this.previous;
    this.value = this.step(input, false);
    return this.value;
  }

  replace(input: number): number {
    if (Number.isNaN(this.previous)) return this.add(input);
    this.previous = this.beforePrevious;
    const value = this.step(input, true);
    this.value = value;
    return value;
  }

  private step(input: number, replacing: boolean): number {
    const last = this.previous;
    this.previous = input;
    if (Number.isNaN(last)) return Number.NaN;
    const change = input - last;
    const up = replacing
      ? this.gains.replace(Math.max(change, 0))
      : this.gains.add(Math.max(change, 0));
    const down = replacing
      ? this.losses.replace(Math.max(-change, 0))
      : this.losses.add(Math.max(-change, 0));
    if (Number.isNaN(up)) return Number.NaN;
    if (down === 0) return 100;
    if (up === 0) return 0;
    return 100 - 100 / (1 + up / down);
  }

  reset(): void {
    this.gains.reset();
    this.losses.reset();
    this.previous = Number.NaN;
    this.beforePrevious = Number.NaN;
    this.value = Number.NaN;
  }
}

/** Average True Range with Wilder smoothing seeded by an SMA (TradingView's ta.atr). */
import type { HighLowClose, StreamingIndicator } from '../indicator.ts';
import { RMA } from '../rma/rma.ts';

/**
 * ATR(period) = RMA(true range, period). The first bar's true range is high - low (no previous
 * close), so the first value appears at the `period`-th bar, as TradingView's ta.atr.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.atr
 */
export class ATR implements StreamingIndicator<HighLowClose> {
  readonly warmup: number;
  private readonly smoother: RMA;
  private previousClose = Number.NaN;
  private beforePreviousClose = Number.NaN;

  constructor(readonly period: number) {
    this.smoother = new RMA(period);
    this.warmup = period;
  }

  get value(): number {
    return this.smoother.value;
  }

  get isStable(): boolean {
    return this.smoother.isStable;
  }

  add(bar: HighLowClose): number {
    return this.addHlc(bar.high, bar.low, bar.close);
  }

  replace(bar: HighLowClose): number {
    return this.replaceHlc(bar.high, bar.low, bar.close);
  }

  /** `add` without an input object, for hot paths over columnar bars. */
  addHlc(high: number, low: number, close: number): number {
    this.beforePreviousClose = this.previousClose;
    const tr = trueRange(high, low, this.previousClose);
    this.previousClose = close;
    return this.smoother.add(tr);
  }

  /** `replace` without an input object. */
  replaceHlc(high: number, low: number, close: number): number {
    this.previousClose = this.beforePreviousClose;
    const tr = trueRange(high, low, this.previousClose);
    this.previousClose = close;
    return this.smoother.replace(tr);
  }

  reset(): void {
    this.smoother.reset();
    this.previousClose = Number.NaN;
    this.beforePreviousClose = Number.NaN;
  }
}

/** TradingView's ta.tr(handle_na = true): high - low when there is no previous close. */
export function trueRange(high: number, low: number, previousClose: number): number {
  if (Number.isNaN(previousClose)) return high - low;
  return Math.max(high - low, Math.abs(high - previousClose), Math.abs(low - previousClose));
}

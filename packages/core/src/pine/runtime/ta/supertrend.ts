/** ta.supertrend: ATR bands around hl2 that ratchet with the trend, [line, direction]. */
import type { BarState } from '../series/bar-state.ts';
import { Atr } from './atr.ts';

/**
 * The reference's `pine_supertrend`, literally: bands hl2 ± factor · ta.atr(atrPeriod); the lower
 * band only rises and the upper only falls unless the previous close broke through them
 * (`nz(band[1])` before the first value, so the lower band sits at 0 during warm-up);
 * direction 1 (down) while atr[1] is na, then −1 (up) / 1 (down) by the close against the band
 * on the supertrend's side. `close[1]` is the chart's previous close; `band[1]`, `atr[1]` and
 * `supertrend[1]` are this call site's previous values. `next` returns the line and sets
 * `supertrend` and `direction`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.supertrend
 */
export class Supertrend {
  supertrend = Number.NaN;
  direction = Number.NaN;
  private readonly atr: Atr;
  private upper = Number.NaN;
  private lower = Number.NaN;
  private previousAtr = Number.NaN;

  constructor(private readonly bar: BarState) {
    this.atr = new Atr(bar);
  }

  next(factor: number, atrPeriod: number): number {
    const b = this.bar;
    const atr = this.atr.next(atrPeriod);
    let upper = b.hl2 + factor * atr;
    let lower = b.hl2 - factor * atr;
    const prevLower = Number.isNaN(this.lower) ? 0 : this.lower;
    const prevUpper = Number.isNaN(this.upper) ? 0 : this.upper;
    const close1 = b.pastClose(1);
    lower = lower > prevLower || close1 < prevLower ? lower : prevLower;
    upper = upper < prevUpper || close1 > prevUpper ? upper : prevUpper;
    let direction: number;
    if (Number.isNaN(this.previousAtr)) direction = 1;
    else if (this.supertrend === prevUpper) direction = b.close > upper ? -1 : 1;
    else direction = b.close < lower ? 1 : -1;
    this.supertrend = direction === -1 ? lower : upper;
    this.direction = direction;
    this.upper = upper;
    this.lower = lower;
    this.previousAtr = atr;
    return this.supertrend;
  }
}

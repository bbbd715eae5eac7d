/** ta.kc and ta.kcw: Keltner Channels (EMA ± mult · EMA of the range) and their width. */
import type { BarState } from '../series/bar-state.ts';
import { Ema } from './ema.ts';
import { trueRange } from './tr.ts';

/**
 * The reference's `f_kc`: basis = ta.ema(src, length); span = useTrueRange ? ta.tr : high − low
 * (`ta.tr` is na on the first bar, which the range EMA skips); rangeEma = ta.ema(span, length);
 * [basis, basis + rangeEma · mult, basis − rangeEma · mult]. `next` returns the middle line.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.kc
 */
export class Kc {
  middle = Number.NaN;
  upper = Number.NaN;
  lower = Number.NaN;
  private readonly basis = new Ema();
  private readonly range = new Ema();

  constructor(private readonly bar: BarState) {}

  next(source: number, length: number, mult: number, useTrueRange = true): number {
    const basis = this.basis.next(source, length);
    const span = useTrueRange ? trueRange(this.bar, false) : this.bar.high - this.bar.low;
    const rangeEma = this.range.next(span, length);
    this.middle = basis;
    this.upper = basis + rangeEma * mult;
    this.lower = basis - rangeEma * mult;
    return basis;
  }
}

/**
 * The reference's `f_kcw`: `((basis + rangeEma * mult) - (basis - rangeEma * mult)) / basis`
 * (a ratio, not a percentage, unlike ta.bbw).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.kcw
 */
export class Kcw {
  private readonly kc: Kc;

  constructor(bar: BarState) {
    this.kc = new Kc(bar);
  }

  next(source: number, length: number, mult: number, useTrueRange = true): number {
    this.kc.next(source, length, mult, useTrueRange);
    return (this.kc.upper - this.kc.lower) / this.kc.middle;
  }
}

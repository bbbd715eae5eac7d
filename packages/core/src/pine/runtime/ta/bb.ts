/** ta.bb and ta.bbw: Bollinger Bands (SMA ± mult · stdev) and their width. */
import { Sma } from './sma.ts';
import { Stdev } from './variance.ts';

/**
 * The reference's `f_bb`: basis = ta.sma(src, length), dev = mult · ta.stdev(src, length)
 * (biased), [basis, basis + dev, basis − dev]. `next` returns the middle band and sets
 * `middle`, `upper`, `lower` (no tuple is allocated per bar).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.bb
 */
export class Bb {
  middle = Number.NaN;
  upper = Number.NaN;
  lower = Number.NaN;
  private readonly sma = new Sma();
  private readonly stdev = new Stdev();

  next(source: number, length: number, mult: number): number {
    const basis = this.sma.next(source, length);
    const dev = mult * this.stdev.next(source, length);
    this.middle = basis;
    this.upper = basis + dev;
    this.lower = basis - dev;
    return basis;
  }
}

/**
 * The reference's `f_bbw`: `((basis + dev) - (basis - dev)) / basis * 100`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.bbw
 */
export class Bbw {
  private readonly bb = new Bb();

  next(source: number, length: number, mult: number): number {
    this.bb.next(source, length, mult);
    return ((this.bb.upper - this.bb.lower) / this.bb.middle) * 100;
  }
}

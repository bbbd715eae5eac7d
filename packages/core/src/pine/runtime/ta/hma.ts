/** ta.hma: Hull moving average, wma(2 · wma(x, n/2) − wma(x, n), √n). */
import { Wma } from './wma.ts';

/**
 * `ta.wma(2 * ta.wma(src, length / 2) - ta.wma(src, length), sqrt(length))` with both derived
 * lengths truncated to int (PineForge matched all of TradingView's trades of an HMA cross with
 * truncation, not rounding). na inputs return na and are skipped by the inner WMAs.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.hma
 */
export class Hma {
  private readonly half = new Wma();
  private readonly full = new Wma();
  private readonly outer = new Wma();

  next(source: number, length: number): number {
    if (Number.isNaN(source)) return Number.NaN;
    const h = this.half.next(source, Math.max(1, Math.trunc(length / 2)));
    const f = this.full.next(source, length);
    if (Number.isNaN(h) || Number.isNaN(f)) return Number.NaN;
    return this.outer.next(2 * h - f, Math.max(1, Math.trunc(Math.sqrt(length))));
  }
}

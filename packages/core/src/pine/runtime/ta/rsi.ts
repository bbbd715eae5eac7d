/** ta.rsi: relative strength index from the RMAs of upward and downward changes. */
import { Rma } from './rma.ts';

/**
 * The reference's `pine_rsi`: u = max(x − x[1], 0), d = max(x[1] − x, 0), rs = rma(u) / rma(d),
 * rsi = 100 − 100 / (1 + rs). x[1] is the previous non-na input of this call site (na inputs are
 * skipped and give na), so the first value appears at the (length + 1)-th non-na input. When
 * rma(d) is 0 the result is 100 (also on a flat window, where rs would be 0 / 0), as TradingView
 * and PineForge's corpus show.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.rsi
 */
export class Rsi {
  private readonly up = new Rma();
  private readonly down = new Rma();
  private previous = Number.NaN;

  next(source: number, length: number): number {
    if (Number.isNaN(source)) return Number.NaN;
    const last = this.previous;
    this.previous = source;
    if (Number.isNaN(last)) return Number.NaN;
    const u = this.up.next(Math.max(source - last, 0), length);
    const d = this.down.next(Math.max(last - source, 0), length);
    if (Number.isNaN(u) || Number.isNaN(d)) return Number.NaN;
    if (d === 0) return 100;
    return 100 - 100 / (1 + u / d);
  }
}

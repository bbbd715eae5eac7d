/** ta.swma: symmetrically weighted moving average over 4 bars, weights 1/6, 2/6, 2/6, 1/6. */

/**
 * The reference's `x[3] * 1 / 6 + x[2] * 2 / 6 + x[1] * 2 / 6 + x[0] * 1 / 6`, in that operand
 * order; `x[n]` is this call site's history, so the first three calls and any window with na give na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.swma
 */
export class Swma {
  private x1 = Number.NaN;
  private x2 = Number.NaN;
  private x3 = Number.NaN;

  next(source: number): number {
    const result = (this.x3 * 1) / 6 + (this.x2 * 2) / 6 + (this.x1 * 2) / 6 + (source * 1) / 6;
    this.x3 = this.x2;
    this.x2 = this.x1;
    this.x1 = source;
    return result;
  }
}

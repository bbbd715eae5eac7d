/** ta.rma: Wilder's moving average, alpha = 1 / length, seeded with the SMA of the first `length` non-na values. */

/**
 * Seeding: na until `length` non-na values, then their mean. After that
 * `rma = (x + (length - 1) * rma[1]) / length`: algebraically the reference's
 * `alpha * x + (1 - alpha) * rma[1]`, but this operand order is the one PineForge found to give
 * TradingView's bits (its tests/test_ta_rma_warmup.cpp: the alpha form drifts by 1–3 ulp per bar
 * and flips RSI/ATR threshold crossings), which is why the engine's alpha-form RMA is not reused.
 * na inputs return na and leave the state untouched (they do not count toward the seed).
 * `length` is simple: fixed at the first call.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.rma
 */
export class Rma {
  private length = 0;
  private count = 0;
  private seedSum = 0;
  private value = Number.NaN;

  next(source: number, length: number): number {
    if (Number.isNaN(source)) return Number.NaN;
    if (this.length === 0) {
      if (!(length >= 1)) return Number.NaN;
      this.length = length;
    }
    const n = this.length;
    this.count++;
    if (this.count < n) {
      this.seedSum += source;
      return Number.NaN;
    }
    if (this.count === n) {
      this.seedSum += source;
      this.value = this.seedSum / n;
    } else {
      this.value = (source + (n - 1) * this.value) / n;
    }
    return this.value;
  }
}

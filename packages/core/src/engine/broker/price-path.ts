/**
 * The price path the emulator assumes inside one bar (TRADINGVIEW-SEMANTICS.md rule 2): open, the
 * nearer extreme, the other extreme, close. A place on the path is a number in [0, 3]: 0 = open,
 * 3 = close; every price on the path is fillable.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strategies/#broker-emulator
 */
export class PricePath {
  readonly points = new Float64Array(4);

  /**
   * Open → high → low → close when the high is nearer the open than the low, else open → low →
   * high → close; a tie goes to the low first (TradingView's "open is nearer the high" test is strict).
   */
  load(open: number, high: number, low: number, close: number): this {
    const highFirst = high - open < open - low;
    this.points[0] = open;
    this.points[1] = highFirst ? high : low;
    this.points[2] = highFirst ? low : high;
    this.points[3] = close;
    return this;
  }

  priceAt(place: number): number {
    const k = Math.min(Math.floor(place), 2);
    const a = this.points[k]!;
    const b = this.points[k + 1]!;
    const f = place - k;
    return f === 0 ? a : f === 1 ? b : a + (b - a) * f;
  }

  /**
   * First place at or after `from` where the price is at or above `level` (`up`) or at or below it;
   * -1 when the rest of the bar never gets there.
   */
  firstReach(level: number, up: boolean, from: number): number {
    let a = this.priceAt(from);
    if (up ? a >= level : a <= level) return from;
    if (from >= 3) return -1;
    for (let k = Math.min(Math.floor(from), 2); k < 3; k++) {
      const start = k === Math.floor(from) ? from : k;
      const b = this.points[k + 1]!;
      if (up ? b >= level : b <= level) {
        if (b === a) return start;
        const f = (level - a) / (b - a);
        return Math.min(k + 1, start + (k + 1 - start) * f);
      }
      a = b;
    }
    return -1;
  }

  /** Highest and lowest price between two places (inclusive), written into `out` as [low, high]. */
  range(from: number, to: number, out: Float64Array): void {
    let lo = Math.min(this.priceAt(from), this.priceAt(to));
    let hi = Math.max(this.priceAt(from), this.priceAt(to));
    for (let k = Math.ceil(from); k <= Math.floor(to); k++) {
      const p = this.points[k]!;
      if (p < lo) lo = p;
      if (p > hi) hi = p;
    }
    out[0] = lo;
    out[1] = hi;
  }
}

/**
 * The price path a fill model assumes inside one historical bar: open → nearer extreme → other
 * extreme → close (TRADINGVIEW-SEMANTICS.md rule 2). Positions on the path are numbers in [0, 3]:
 * 0 = open, 3 = close, fractions between the four points.
 */

/** Reusable four-point path; `reset` fills it from one bar without allocating. */
export class IntrabarPath {
  readonly points = new Float64Array(4);

  reset(open: number, high: number, low: number, close: number): this {
    const highFirst = high - open <= open - low;
    this.points[0] = open;
    this.points[1] = highFirst ? high : low;
    this.points[2] = highFirst ? low : high;
    this.points[3] = close;
    return this;
  }

  /** Price at a position on the path. */
  priceAt(position: number): number {
    const k = Math.min(Math.floor(position), 2);
    const a = this.points[k]!;
    const b = this.points[k + 1]!;
    return a + (b - a) * (position - k);
  }

  /**
   * First position at or after `from` where price is at or above `level` (`above` = true) or at or
   * below it (`above` = false); -1 if never on this bar.
   */
  firstTouch(level: number, above: boolean, from = 0): number {
    const start = this.priceAt(from);
    if (above ? start >= level : start <= level) return from;
    for (let k = Math.floor(from); k < 3; k++) {
      const a = k === Math.floor(from) ? start : this.points[k]!;
      const b = this.points[k + 1]!;
      if (above ? b >= level : b <= level) {
        const base = k === Math.floor(from) ? from : k;
        const span = k + 1 - base;
        return b === a ? base : base + (span * (level - a)) / (b - a);
      }
    }
    return -1;
  }
}

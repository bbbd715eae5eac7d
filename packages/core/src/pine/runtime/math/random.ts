/** math.random: a seedable pseudo-random generator (TradingView's generator is unpublished; sequences differ). */

/**
 * `math.random(min = 0, max = 1, seed)` for one call site: uniform in [min, max). With a seed the
 * sequence is repeatable (TradingView: "the same seed produces a repeatable sequence"), but it is
 * not TradingView's sequence, which is not documented. Without a seed the generator starts from a
 * seed the caller provides at construction (the compiler passes one per run).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.random
 */
export class MathRandom {
  /** A number from the start: a field first holding undefined stores each new state boxed. */
  private state = 0;
  private seeded = false;

  constructor(runSeed = 0x2545f491) {
    this.state = runSeed >>> 0;
  }

  next(min = 0, max = 1, seed?: number): number {
    if (seed !== undefined && !this.seeded && !Number.isNaN(seed)) {
      this.state = Math.trunc(seed) >>> 0;
      this.seeded = true;
    }
    // mulberry32: a 32-bit state, period 2^32, well distributed for this purpose.
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return min + unit * (max - min);
  }
}

/** ta.cross, ta.crossover, ta.crossunder: sign changes of source1 − source2 between consecutive calls. */

/**
 * `source1 > source2 and source1[1] <= source2[1]`; any na operand makes a comparison false, so
 * the first call and calls next to na values are false.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.crossover
 */
export class Crossover {
  private a = Number.NaN;
  private b = Number.NaN;

  next(source1: number, source2: number): boolean {
    const result = source1 > source2 && this.a <= this.b;
    this.a = source1;
    this.b = source2;
    return result;
  }
}

/**
 * `source1 < source2 and source1[1] >= source2[1]`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.crossunder
 */
export class Crossunder {
  private a = Number.NaN;
  private b = Number.NaN;

  next(source1: number, source2: number): boolean {
    const result = source1 < source2 && this.a >= this.b;
    this.a = source1;
    this.b = source2;
    return result;
  }
}

/**
 * True when the sign of source1 − source2 is the opposite of its last non-zero sign: bars where
 * the two are equal are transparent (a tie followed by the same side is not a cross). PineForge
 * found this rule by diffing TradingView's `ta.cross(close, open)` bar by bar
 * (ta_oscillators.cpp, "SKIP-TIE"); crossover/crossunder keep the plain `<=`/`>=` rule.
 * na operands give false and leave the remembered sign.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.cross
 */
export class Cross {
  private lastSign = 0;

  next(source1: number, source2: number): boolean {
    const sign = source1 > source2 ? 1 : source1 < source2 ? -1 : 0;
    if (sign === 0) return false;
    const result = this.lastSign !== 0 && sign !== this.lastSign;
    this.lastSign = sign;
    return result;
  }
}

/** ta.cum, ta.max and ta.min: running total, all-time high and all-time low of a series. */

/**
 * Running total since the first call; na inputs add nothing. Like ta.max and ta.min it is na
 * until the first value: ta.pvt, a ta.cum whose first term is na, must be na on the chart's first
 * bar to reproduce TradingView's trades in the PineForge probe ta-pvt-ema-cross-01.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.cum
 */
export class Cum {
  private total = Number.NaN;

  next(source: number): number {
    this.total = addToCum(this.total, source);
    return this.total;
  }
}

/** ta.cum's step: an na term adds nothing, and the total is na until the first term. */
export function addToCum(total: number, term: number): number {
  if (Number.isNaN(term)) return total;
  return Number.isNaN(total) ? term : total + term;
}

/**
 * All-time high of the values passed so far; "na occurrences of source are ignored" (na before
 * the first value).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.max
 */
export class AllTimeMax {
  private value = Number.NaN;

  next(source: number): number {
    if (!(source <= this.value)) {
      if (!Number.isNaN(source)) this.value = source;
    }
    return this.value;
  }
}

/**
 * All-time low of the values passed so far; na occurrences are ignored.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.min
 */
export class AllTimeMin {
  private value = Number.NaN;

  next(source: number): number {
    if (!(source >= this.value)) {
      if (!Number.isNaN(source)) this.value = source;
    }
    return this.value;
  }
}

/** ta.cum, ta.max and ta.min: running total, all-time high and all-time low of a series. */

/**
 * Running total since the first call; na inputs add nothing (the total so far is returned, 0
 * before any value), as PineForge's corpus shows for TradingView.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.cum
 */
export class Cum {
  private total = 0;

  next(source: number): number {
    if (!Number.isNaN(source)) this.total += source;
    return this.total;
  }
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

/** ta.pivothigh and ta.pivotlow: a local extreme confirmed `rightbars` bars later. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * On each call, looks at the value `rightbars` calls back: it is a pivot high when none of the
 * `leftbars` values before it is higher and every one of the `rightbars` values after it is lower
 * (a flat top to the left is allowed, one to the right is not — PineForge's bar-by-bar diff
 * against TradingView). Returns that value, else na; an na anywhere in the window gives na.
 * The two-argument forms pass `high` / `low` as the source.
 */
class Pivot {
  private readonly window = new RollingWindow();

  constructor(private readonly sign: 1 | -1) {}

  next(source: number, leftbars: number, rightbars: number): number {
    const left = Math.trunc(leftbars);
    const right = Math.trunc(rightbars);
    if (!(left >= 0 && right >= 0)) return Number.NaN;
    const w = this.window;
    const total = left + right + 1;
    w.reserve(total);
    w.push(source);
    if (w.count < total) return Number.NaN;
    const pivot = w.get(right);
    if (Number.isNaN(pivot)) return Number.NaN;
    const s = this.sign;
    for (let back = right + 1; back < total; back++) {
      const v = w.get(back);
      if (Number.isNaN(v) || s * v > s * pivot) return Number.NaN;
    }
    for (let back = 0; back < right; back++) {
      const v = w.get(back);
      if (Number.isNaN(v) || s * v >= s * pivot) return Number.NaN;
    }
    return pivot;
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.pivothigh */
export class PivotHigh extends Pivot {
  constructor() {
    super(1);
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.pivotlow */
export class PivotLow extends Pivot {
  constructor() {
    super(-1);
  }
}

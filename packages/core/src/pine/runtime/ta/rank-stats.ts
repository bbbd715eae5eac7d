/** ta.median, ta.mode, ta.percentile_*, ta.percentrank, ta.rci: order statistics over the last `length` values. */
import { RollingWindow } from '../series/rolling-window.ts';

/** Sorts the newest `length` values of `w` into the reusable `scratch` (no allocation per bar). */
class SortedWindow {
  readonly window = new RollingWindow();
  scratch = new Float64Array(0);

  /** Pushes and sorts; returns the count sorted, or 0 when the window is short or holds na. */
  load(source: number, length: number, skipNa: boolean): number {
    const w = this.window;
    if (!(length >= 1)) return 0;
    if (!(skipNa && Number.isNaN(source))) {
      w.reserve(length);
      w.push(source);
    }
    if (w.count < length) return 0;
    if (this.scratch.length !== length) this.scratch = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const v = w.get(i);
      if (Number.isNaN(v)) return 0;
      this.scratch[i] = v;
    }
    this.scratch.sort();
    return length;
  }
}

/**
 * Median of the last `length` non-na values (mean of the two middle values for an even count).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.median
 */
export class Median {
  private readonly sorted = new SortedWindow();

  next(source: number, length: number): number {
    const n = this.sorted.load(source, length, true);
    if (n === 0) return Number.NaN;
    const s = this.sorted.scratch;
    const mid = n >> 1;
    return n % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  }
}

/**
 * Most frequent of the last `length` non-na values; "if there are several values with the same
 * frequency, it returns the smallest value".
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.mode
 */
export class Mode {
  private readonly sorted = new SortedWindow();

  next(source: number, length: number): number {
    const n = this.sorted.load(source, length, true);
    if (n === 0) return Number.NaN;
    const s = this.sorted.scratch;
    let best = s[0] as number;
    let bestRun = 0;
    let run = 0;
    for (let i = 0; i < n; i++) {
      run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
      // Strictly longer runs only, so the smallest value wins a tie (the array is ascending).
      if (run > bestRun) {
        bestRun = run;
        best = s[i] as number;
      }
    }
    return best;
  }
}

/**
 * Nearest-rank percentile: the ⌈p/100 · n⌉-th smallest of the last `length` values (at least the
 * first); always a member of the window. An na in the window gives na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.percentile_nearest_rank
 */
export class PercentileNearestRank {
  private readonly sorted = new SortedWindow();

  next(source: number, length: number, percentage: number): number {
    const n = this.sorted.load(source, length, false);
    if (n === 0 || Number.isNaN(percentage)) return Number.NaN;
    const rank = Math.min(n, Math.max(1, Math.ceil((percentage / 100) * n)));
    return this.sorted.scratch[rank - 1] as number;
  }
}

/**
 * Percentile by linear interpolation between the two nearest ranks, rank = p/100 · (n − 1) over
 * the ascending window. "na values … are included in calculations and will produce an na result."
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.percentile_linear_interpolation
 */
export class PercentileLinearInterpolation {
  private readonly sorted = new SortedWindow();

  next(source: number, length: number, percentage: number): number {
    const n = this.sorted.load(source, length, false);
    if (n === 0 || Number.isNaN(percentage)) return Number.NaN;
    const s = this.sorted.scratch;
    const rank = Math.min(n - 1, Math.max(0, (percentage / 100) * (n - 1)));
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    const a = s[lo] as number;
    return lo === hi ? a : a + (rank - lo) * ((s[hi] as number) - a);
  }
}

/**
 * Values closer than this count as equal in ta.percentrank's ≤: TradingView ranks price changes
 * that are equal in decimals but not in bits as ties (ta-percentrank-mean-reversion-01,
 * 2026-02-24 21:15 UTC: 1846.83 − 1852.18 = −5.350000000000136 ranks with the previous bar's
 * −5.349999999999909; TradingView's long there needs the tie). PineForge uses the same 1e-10 band.
 */
const PERCENTRANK_EQUAL_BAND = 1e-10;

/**
 * Percent of the previous `length` values that are ≤ the current one (within
 * PERCENTRANK_EQUAL_BAND). The denominator is always `length`, and na members of the window are
 * not counted (PineForge's TradingView tapes, finding 315); na on an na input and until `length`
 * earlier values exist.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.percentrank
 */
export class PercentRank {
  private readonly window = new RollingWindow();

  next(source: number, length: number): number {
    const w = this.window;
    if (!(length >= 1)) return Number.NaN;
    w.reserve(length + 1);
    w.push(source);
    if (Number.isNaN(source) || w.count <= length) return Number.NaN;
    let count = 0;
    let valid = 0;
    for (let back = 1; back <= length; back++) {
      const v = w.get(back);
      if (Number.isNaN(v)) continue;
      valid++;
      if (v <= source || Math.abs(v - source) <= PERCENTRANK_EQUAL_BAND) count++;
    }
    return valid === 0 ? Number.NaN : (count / length) * 100;
  }
}

/**
 * Rank correlation index: Spearman's ρ · 100 between time (oldest = rank 0) and price rank over
 * the last `length` non-na values, tied prices sharing their average rank, computed as the Pearson
 * correlation of the two rank series. Without ties this equals 100 · (1 − 6 Σ d² / (n (n² − 1)));
 * with ties the Σ d² shortcut is off, and TradingView follows the Pearson form: on
 * ta-rci-14-zero-cross-01 (2026-01-10 16:30 UTC, one tied close) the shortcut gives +0.11, a zero
 * crossover TradingView did not take, while Pearson gives exactly 0; the probe matches with Pearson.
 * A flat window (all prices tied) is 0 / 0 = na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.rci
 */
export class Rci {
  private readonly window = new RollingWindow();
  private order = new Float64Array(0);
  private ranks = new Float64Array(0);

  next(source: number, length: number): number {
    if (Number.isNaN(source) || !(length >= 2)) return Number.NaN;
    const w = this.window;
    w.reserve(length);
    w.push(source);
    if (w.count < length) return Number.NaN;
    const n = length;
    if (this.order.length !== n) {
      this.order = new Float64Array(n);
      this.ranks = new Float64Array(n);
    }
    // order: time indices 0 (oldest) … n − 1 sorted by price (insertion sort; stable, no allocation).
    const price = (t: number) => w.get(n - 1 - t);
    const order = this.order;
    for (let t = 0; t < n; t++) {
      let j = t - 1;
      const p = price(t);
      while (j >= 0 && price(order[j] as number) > p) {
        order[j + 1] = order[j] as number;
        j--;
      }
      order[j + 1] = t;
    }
    for (let i = 0; i < n; ) {
      let j = i;
      const p = price(order[i] as number);
      while (j + 1 < n && price(order[j + 1] as number) === p) j++;
      const rank = (i + j) / 2;
      for (let k = i; k <= j; k++) this.ranks[order[k] as number] = rank;
      i = j + 1;
    }
    // Average ranks keep the rank mean at the time mean, (n − 1) / 2.
    const mean = (n - 1) / 2;
    let covariance = 0;
    let timeSquares = 0;
    let rankSquares = 0;
    for (let t = 0; t < n; t++) {
      const dt = t - mean;
      const dr = (this.ranks[t] as number) - mean;
      covariance += dt * dr;
      timeSquares += dt * dt;
      rankSquares += dr * dr;
    }
    return (covariance / Math.sqrt(timeSquares * rankSquares)) * 100;
  }
}

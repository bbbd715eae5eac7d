/**
 * Statistics over numbers for array.* and matrix.*. "Contrary to the usual mathematical functions
 * in Pine Script, those used on arrays do not return na when some of the values they calculate on
 * have na values … When all array elements have na value or the array contains no elements, na is
 * returned. array.standardize() however, will return an empty array."
 * @see https://www.tradingview.com/pine-script-docs/language/arrays/#calculations-on-arrays
 */

/** The values that are not na, in their order. */
export function present(values: readonly number[]): number[] {
  return values.filter((v) => !Number.isNaN(v));
}

/** Non-na values, ascending. */
function sortedPresent(values: readonly number[]): number[] {
  return present(values).sort((a, b) => a - b);
}

/** Sum left to right, skipping na; na when nothing is left. */
export function sumOf(values: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? Number.NaN : sum;
}

export function avgOf(values: readonly number[]): number {
  const p = present(values);
  return p.length === 0 ? Number.NaN : (sumOf(p) as number) / p.length;
}

/** The `nth` smallest (0 = smallest); na when there are not that many values. */
export function minOf(values: readonly number[], nth = 0): number {
  const s = sortedPresent(values);
  const i = Math.floor(nth);
  return i >= 0 && i < s.length ? (s[i] as number) : Number.NaN;
}

/** The `nth` largest (0 = largest); na when there are not that many values. */
export function maxOf(values: readonly number[], nth = 0): number {
  const s = sortedPresent(values);
  const i = s.length - 1 - Math.floor(nth);
  return i >= 0 && i < s.length ? (s[i] as number) : Number.NaN;
}

export function rangeOf(values: readonly number[]): number {
  return maxOf(values) - minOf(values);
}

/** Middle value; the mean of the two middle values for an even count. */
export function medianOf(values: readonly number[]): number {
  const s = sortedPresent(values);
  const n = s.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Most frequent value; "if there are several values with the same frequency, it returns the smallest". */
export function modeOf(values: readonly number[]): number {
  const s = sortedPresent(values);
  let best = Number.NaN;
  let bestRun = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
    // Strictly longer runs only: in ascending order the smallest value keeps a tie.
    if (run > bestRun) {
      bestRun = run;
      best = s[i] as number;
    }
  }
  return best;
}

/** Covariance of the pairs where both values are present; `biased` divides by n, else by n − 1. */
export function covarianceOf(
  xs: readonly number[],
  ys: readonly number[],
  biased: boolean,
): number {
  if (xs.length !== ys.length) return Number.NaN;
  const px: number[] = [];
  const py: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    px.push(x);
    py.push(y);
  }
  const n = px.length;
  if (n === 0) return Number.NaN;
  const mx = avgOf(px);
  const my = avgOf(py);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ((px[i] as number) - mx) * ((py[i] as number) - my);
  return sum / (biased ? n : n - 1);
}

export function varianceOf(values: readonly number[], biased: boolean): number {
  return covarianceOf(values, values, biased);
}

export function stdevOf(values: readonly number[], biased: boolean): number {
  return Math.sqrt(varianceOf(values, biased));
}

/** (x − mean) / biased stdev for each element (na stays na); empty when no value is present. */
export function standardizeOf(values: readonly number[]): number[] {
  if (present(values).length === 0) return [];
  const mean = avgOf(values);
  const sd = stdevOf(values, true);
  return values.map((v) => (v - mean) / sd);
}

/** The ⌈p/100 · n⌉-th smallest present value (at least the first): always an element. */
export function percentileNearestRankOf(values: readonly number[], percentage: number): number {
  const s = sortedPresent(values);
  const n = s.length;
  if (n === 0 || Number.isNaN(percentage)) return Number.NaN;
  const rank = Math.min(n, Math.max(1, Math.ceil((percentage / 100) * n)));
  return s[rank - 1] as number;
}

/** Linear interpolation at rank p/100 · (n − 1) over the ascending present values. */
export function percentileLinearOf(values: readonly number[], percentage: number): number {
  const s = sortedPresent(values);
  const n = s.length;
  if (n === 0 || Number.isNaN(percentage)) return Number.NaN;
  const rank = Math.min(n - 1, Math.max(0, (percentage / 100) * (n - 1)));
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = s[lo] as number;
  return lo === hi ? a : a + (rank - lo) * ((s[hi] as number) - a);
}

/**
 * Percent of the OTHER elements that are ≤ `value`: (count ≤ value − 1) / (n − 1) · 100, so the
 * smallest of distinct values ranks 0 and the largest 100. n counts na elements too (they are never
 * ≤), so a lone close among na ranks 0. This form reproduces TradingView's trades in the PineForge
 * corpus probe `mtf-daily-array-median-percentrank-01` (20-element array, thresholds 10 and 90),
 * also on the chart's first day; na when `value` is na or the array has fewer than two elements.
 */
export function percentrankOf(values: readonly number[], value: number): number {
  if (Number.isNaN(value)) return Number.NaN;
  const n = values.length;
  let atOrBelow = 0;
  for (const v of values) if (v <= value) atOrBelow++;
  return n < 2 ? Number.NaN : ((atOrBelow - 1) / (n - 1)) * 100;
}

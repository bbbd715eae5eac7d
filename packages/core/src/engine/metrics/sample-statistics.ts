/** Small numeric helpers with the conventions of pandas/numpy (NaN for empty input, ddof = 1 by default). */

export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Two-pass variance with `ddof` delta degrees of freedom (pandas `Series.var`). */
export function variance(values: ArrayLike<number>, ddof = 1): number {
  const n = values.length;
  if (n - ddof <= 0) return Number.NaN;
  const m = mean(values);
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - m) ** 2;
  return squares / (n - ddof);
}

export function std(values: ArrayLike<number>, ddof = 1): number {
  return Math.sqrt(variance(values, ddof));
}

/**
 * Geometric mean return `exp(mean(log(1 + r))) − 1`; NaN returns count as 0 and any return at or
 * below −100 % gives 0, as backtesting.py's `geometric_mean`.
 */
export function geometricMeanReturn(returns: ArrayLike<number>): number {
  if (returns.length === 0) return Number.NaN;
  let logs = 0;
  for (let i = 0; i < returns.length; i++) {
    const growth = (Number.isNaN(returns[i]!) ? 0 : returns[i]!) + 1;
    if (growth <= 0) return 0;
    logs += Math.log(growth);
  }
  return Math.exp(logs / returns.length) - 1;
}

/** Median (numpy/pandas: mean of the two middle values for even counts). */
export function median(values: ArrayLike<number>): number {
  const sorted = Array.from(values).sort((x, y) => x - y);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

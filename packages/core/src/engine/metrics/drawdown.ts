/** Drawdown depth and periods (duration and depth), as backtesting.py computes them. */

export interface DrawdownSummary {
  /** Highest equity (NaN for an empty curve). */
  readonly peak: number;
  /** Deepest drawdown of the whole curve, `1 − equity / running max` (fraction ≥ 0). */
  readonly max: number;
  /** Drawdown periods (peak to recovery, or to the last bar). */
  readonly periods: number;
  /** Longest and mean duration of the periods, ms (NaN without periods). */
  readonly maxDuration: number;
  readonly meanDuration: number;
  /** Mean of each period's deepest drawdown, fraction (NaN without periods). */
  readonly meanDepth: number;
}

/**
 * backtesting.py's `dd = 1 − equity / equity.cummax()` and `compute_drawdown_duration_peaks`, in one
 * pass without a dd column. Periods run between consecutive bars at a new peak (dd = 0), plus the
 * last bar; a period counts when it spans more than one bar. Duration runs from the peak bar to
 * the recovery (or last) bar in index time; depth is the largest dd in between.
 */
export function drawdownSummary(
  equity: ArrayLike<number>,
  time: ArrayLike<number>,
): DrawdownSummary {
  const n = equity.length;
  let peak = Number.NEGATIVE_INFINITY;
  let max = 0;
  let periods = 0;
  let maxDuration = Number.NaN;
  let durations = 0;
  let depths = 0;
  // `prev` is the last mark, `depth` the largest dd since it.
  let prev = -1;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const e = equity[i]!;
    if (e > peak) peak = e;
    const d = 1 - e / peak;
    if (d > max) max = d;
    if (d > depth) depth = d;
    if (d !== 0 && i !== n - 1) continue;
    if (prev >= 0 && i > prev + 1) {
      const duration = time[i]! - time[prev]!;
      if (!(duration <= maxDuration)) maxDuration = duration;
      durations += duration;
      depths += depth;
      periods++;
    }
    prev = i;
    depth = d;
  }
  return {
    peak: n > 0 ? peak : Number.NaN,
    max,
    periods,
    maxDuration,
    meanDuration: periods > 0 ? durations / periods : Number.NaN,
    meanDepth: periods > 0 ? depths / periods : Number.NaN,
  };
}

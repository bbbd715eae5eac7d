/** Drawdown depth and periods (duration and depth), as backtesting.py computes them. */

export interface DrawdownPeriods {
  /** Deepest drawdown of the whole curve, `1 − equity / running max` (fraction ≥ 0). */
  readonly max: number;
  /** Duration in ms of each drawdown period (peak to recovery, or to the last bar). */
  readonly durations: number[];
  /** Deepest drawdown (fraction, > 0) of each period. */
  readonly depths: number[];
}

/**
 * backtesting.py's `dd = 1 − equity / equity.cummax()` and `compute_drawdown_duration_peaks`, in one
 * pass without a dd column. Periods run between consecutive bars at a new peak (dd = 0), plus the
 * last bar; a period counts when it spans more than one bar. Duration runs from the peak bar to
 * the recovery (or last) bar in index time; depth is the largest dd in between.
 */
export function drawdownPeriods(
  equity: ArrayLike<number>,
  time: ArrayLike<number>,
): DrawdownPeriods {
  const durations: number[] = [];
  const depths: number[] = [];
  const n = equity.length;
  let peak = Number.NEGATIVE_INFINITY;
  let max = 0;
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
      durations.push(time[i]! - time[prev]!);
      depths.push(depth);
    }
    prev = i;
    depth = d;
  }
  return { max, durations, depths };
}

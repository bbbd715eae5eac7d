/** Drawdown series and drawdown periods (duration and depth), as backtesting.py computes them. */

export interface DrawdownPeriods {
  /** Duration in ms of each drawdown period (peak to recovery, or to the last bar). */
  readonly durations: number[];
  /** Deepest drawdown (fraction, > 0) of each period. */
  readonly depths: number[];
}

/** `1 − equity / running max` per bar (≥ 0), backtesting.py's `dd`. */
export function drawdownFractions(equity: ArrayLike<number>): Float64Array {
  const dd = new Float64Array(equity.length);
  let peak = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < equity.length; i++) {
    peak = Math.max(peak, equity[i]!);
    dd[i] = 1 - equity[i]! / peak;
  }
  return dd;
}

/**
 * Periods between consecutive bars at a new peak (dd = 0), plus the last bar; a period counts when
 * it spans more than one bar. Duration runs from the peak bar to the recovery (or last) bar in
 * index time; depth is the largest dd in between (backtesting.py `compute_drawdown_duration_peaks`).
 */
export function drawdownPeriods(dd: ArrayLike<number>, time: ArrayLike<number>): DrawdownPeriods {
  const durations: number[] = [];
  const depths: number[] = [];
  const n = dd.length;
  // One pass: `prev` is the last mark, `depth` the largest dd since it.
  let prev = -1;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const d = dd[i]!;
    depth = Math.max(depth, d);
    if (d !== 0 && i !== n - 1) continue;
    if (prev >= 0 && i > prev + 1) {
      durations.push(time[i]! - time[prev]!);
      depths.push(depth);
    }
    prev = i;
    depth = d;
  }
  return { durations, depths };
}

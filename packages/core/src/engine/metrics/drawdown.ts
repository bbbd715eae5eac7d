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
  const marks: number[] = [];
  for (let i = 0; i < dd.length; i++) if (dd[i] === 0) marks.push(i);
  if (dd.length > 0 && marks[marks.length - 1] !== dd.length - 1) marks.push(dd.length - 1);
  const durations: number[] = [];
  const depths: number[] = [];
  for (let k = 1; k < marks.length; k++) {
    const prev = marks[k - 1]!;
    const at = marks[k]!;
    if (at <= prev + 1) continue;
    let depth = 0;
    for (let i = prev; i <= at; i++) depth = Math.max(depth, dd[i]!);
    durations.push(time[at]! - time[prev]!);
    depths.push(depth);
  }
  return { durations, depths };
}

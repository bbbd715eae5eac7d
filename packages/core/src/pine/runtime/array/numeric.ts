/** array.* functions of int and float arrays: abs and the statistics (na elements are skipped). */
import { need, PineArray, position } from './pine-array.ts';
import * as stats from './statistics.ts';

type Numbers = PineArray<number> | null;

const values = (id: Numbers): number[] => need(id).toArray();

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.abs */
export function abs(id: Numbers): PineArray<number> {
  return PineArray.of(values(id).map(Math.abs));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.sum */
export function sum(id: Numbers): number {
  return stats.sumOf(values(id));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.avg */
export function avg(id: Numbers): number {
  return stats.avgOf(values(id));
}

/** `array.min(array.from(5, -2, 0, 9, 1), 1)` is 0 (reference example). @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.min */
export function min(id: Numbers, nth = 0): number {
  return stats.minOf(values(id), nth);
}

/** `array.max(array.from(5, -2, 0, 9, 1), 2)` is 1 (reference example). @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.max */
export function max(id: Numbers, nth = 0): number {
  return stats.maxOf(values(id), nth);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.range */
export function range(id: Numbers): number {
  return stats.rangeOf(values(id));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.median */
export function median(id: Numbers): number {
  return stats.medianOf(values(id));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.mode */
export function mode(id: Numbers): number {
  return stats.modeOf(values(id));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.variance */
export function variance(id: Numbers, biased = true): number {
  return stats.varianceOf(values(id), biased);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.stdev */
export function stdev(id: Numbers, biased = true): number {
  return stats.stdevOf(values(id), biased);
}

/** na when the arrays differ in size. @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.covariance */
export function covariance(id1: Numbers, id2: Numbers, biased = true): number {
  return stats.covarianceOf(values(id1), values(id2), biased);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.standardize */
export function standardize(id: Numbers): PineArray<number> {
  return PineArray.of(stats.standardizeOf(values(id)));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.percentile_linear_interpolation */
export function percentile_linear_interpolation(id: Numbers, percentage: number): number {
  return stats.percentileLinearOf(values(id), percentage);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.percentile_nearest_rank */
export function percentile_nearest_rank(id: Numbers, percentage: number): number {
  return stats.percentileNearestRankOf(values(id), percentage);
}

/** Rank of the element at `index` (negative counts from the end). @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.percentrank */
export function percentrank(id: Numbers, index: number): number {
  const all = values(id);
  return stats.percentrankOf(all, all[position(index, all.length)] as number);
}

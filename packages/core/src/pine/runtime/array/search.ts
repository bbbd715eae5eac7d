/** array.includes / indexof / lastindexof and the three binary searches. */
import { need, type PineArray } from './pine-array.ts';

type Id<T> = PineArray<T> | null;

/** Element equality: `===`, except that an na number matches an na number. */
function same<T>(a: T, b: T): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.indexof */
export function indexof<T>(id: Id<T>, value: T): number {
  const a = need(id);
  const n = a.size;
  for (let i = 0; i < n; i++) if (same(a.at(i), value)) return i;
  return -1;
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.lastindexof */
export function lastindexof<T>(id: Id<T>, value: T): number {
  const a = need(id);
  for (let i = a.size - 1; i >= 0; i--) if (same(a.at(i), value)) return i;
  return -1;
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.includes */
export function includes<T>(id: Id<T>, value: T): boolean {
  return indexof(id, value) >= 0;
}

/** First index whose element is ≥ `value` (or > with `after`) in an ascending array; size when none. */
function bound<T>(a: PineArray<T>, value: T, after: boolean): number {
  let lo = 0;
  let hi = a.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = a.at(mid);
    if (x < value || (after && x === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of `value` in an ascending array, or -1. Classic halving search: with repeated values it
 * returns whichever match it meets first (`array.from(4, 5, 5, 5)` finds 5 at index 1).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.binary_search
 */
export function binary_search<T>(id: Id<T>, val: T): number {
  const a = need(id);
  let lo = 0;
  let hi = a.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = a.at(mid);
    if (x === val) return mid;
    if (x < val) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Index of the first instance of `value`; when absent, "the index of the next smallest element to
 * the left of where the value would lie" (-1 when every element is larger).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.binary_search_leftmost
 */
export function binary_search_leftmost<T>(id: Id<T>, val: T): number {
  const a = need(id);
  const i = bound(a, val, false);
  return i < a.size && a.at(i) === val ? i : i - 1;
}

/**
 * Index of the last instance of `value`; when absent, "the index of the element to the right of
 * where the value would lie" (the size when every element is smaller).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.binary_search_rightmost
 */
export function binary_search_rightmost<T>(id: Id<T>, val: T): number {
  const a = need(id);
  const i = bound(a, val, true);
  return i > 0 && a.at(i - 1) === val ? i - 1 : i;
}

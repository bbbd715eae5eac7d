/** array.sort and array.sort_indices, and the element order matrix.sort shares. */
import { need, PineArray } from './pine-array.ts';

/** `order.ascending` and `order.descending` as the runtime receives them. */
export const ORDER_ASCENDING = 1;
export const ORDER_DESCENDING = 0;

type Sortable = number | string | null;

/**
 * Ascending comparison: numbers by value, strings by UTF-16 code units (lexicographic, so "B" < "a"
 * < "b"). na (NaN, null) sorts after every value, so ascending puts it last and descending first,
 * like sorting a Java double[] and reading it backwards.
 */
export function compareAscending(a: Sortable, b: Sortable): number {
  const aNa = a === null || Number.isNaN(a);
  const bNa = b === null || Number.isNaN(b);
  if (aNa || bNa) return aNa === bNa ? 0 : aNa ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The comparator for a Pine `order` argument; descending keeps equal elements in their order. */
export function comparator(order: number): (a: Sortable, b: Sortable) => number {
  return order === ORDER_DESCENDING ? (a, b) => compareAscending(b, a) : compareAscending;
}

/**
 * Sorts in place (stable). Arrays of int, float and string.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.sort
 */
export function sort<T extends Sortable>(id: PineArray<T> | null, order = ORDER_ASCENDING): void {
  const a = need(id);
  a.overwrite(a.toArray().sort(comparator(order)));
}

/**
 * Indices that visit the elements in sorted order; the array is not changed.
 * `array.sort_indices(array.from(5, -2, 0, 9, 1))` is `[1, 2, 4, 0, 3]` (reference example).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.sort_indices
 */
export function sort_indices<T extends Sortable>(
  id: PineArray<T> | null,
  order = ORDER_ASCENDING,
): PineArray<number> {
  const values = need(id).toArray();
  const compare = comparator(order);
  const indices = values.map((_, i) => i);
  indices.sort((i, j) => compare(values[i] as T, values[j] as T));
  return PineArray.of(indices);
}

/** array.new*, array.from, array.copy and array.slice: the functions that create arrays. */
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { MAX_ARRAY_SIZE, need, outOfBounds, PineArray, tooLarge } from './pine-array.ts';

/**
 * `array.new<T>(size, initial_value)` and every `array.new_*`: `size` copies of `initial_value`.
 * The compiler passes the element type's na when the script omits it.
 * Errors: "Cannot create an array with a negative size"; "Array is too large. Maximum size is 100000".
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.new%3Ctype%3E
 * @see https://www.tradingview.com/pine-script-docs/language/arrays/#error-handling
 */
export function newArray<T>(size: number, initialValue: T): PineArray<T> {
  const n = Number.isNaN(size) ? 0 : Math.floor(size);
  if (n < 0) throw new PineRuntimeError('Cannot create an array with a negative size.');
  if (n > MAX_ARRAY_SIZE) throw tooLarge();
  return PineArray.of(new Array<T>(n).fill(initialValue));
}

/**
 * `array.from(element0, ...elements)`: a new array of the arguments, in order.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.from
 */
export function from<T>(...elements: T[]): PineArray<T> {
  return PineArray.of(elements);
}

/**
 * `array.copy(id)`: a new, independent array with the same elements (shallow).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.copy
 */
export function copy<T>(id: PineArray<T> | null): PineArray<T> {
  return PineArray.of(need(id).toArray());
}

/**
 * `array.slice(id, index_from, index_to)`: a live view of elements `index_from` … `index_to − 1`
 * ("If an object from the slice changes, the changes are applied to both the new and the original
 * arrays"); see `PineArray`. Indices are not counted from the end. `index_from > index_to` throws
 * "Index 'from' should be less than index 'to'"; an index outside 0 … size throws out of bounds.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.slice
 * @see https://www.tradingview.com/pine-script-docs/language/arrays/#slicing
 */
export function slice<T>(
  id: PineArray<T> | null,
  indexFrom: number,
  indexTo: number,
): PineArray<T> {
  const a = need(id);
  const size = a.size;
  const start = Math.floor(indexFrom);
  const end = Math.floor(indexTo);
  if (!(start >= 0 && start <= size)) throw outOfBounds(indexFrom, size);
  if (!(end >= 0 && end <= size)) throw outOfBounds(indexTo, size);
  if (start > end) throw new PineRuntimeError("Index 'from' should be less than index 'to'.");
  return PineArray.window(a, start, end);
}

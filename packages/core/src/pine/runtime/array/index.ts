/**
 * array.*: the `array` namespace object the compiler calls, keyed by Pine member names, parameters
 * positional in the order of builtins/array.ts.
 *
 * Representation: a Pine array is a `PineArray<T>` (reference semantics; na array = `null`) whose
 * elements are Pine runtime values (numbers with NaN for na, strings/objects with null, booleans).
 * `array.slice` returns a live window on its parent, as on TradingView: writes, pushes and removals
 * through the slice change the parent, and a window the parent has shrunk below throws "Slice is
 * out of bounds of the parent array". The runtime never needs the element type: the compiler
 * passes `initial_value` to every constructor (the type's na when the script omits it).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.new%3Ctype%3E
 */
import { copy, from, newArray, slice } from './construct.ts';
import * as elements from './elements.ts';
import * as numeric from './numeric.ts';
import * as search from './search.ts';
import { sort, sort_indices } from './sort.ts';

export { MAX_ARRAY_SIZE, PineArray } from './pine-array.ts';
export { ORDER_ASCENDING, ORDER_DESCENDING } from './sort.ts';

const NA_NUMBER = Number.NaN;

export const array = {
  new: <T>(size = 0, initial_value: T | null = null) => newArray(size, initial_value),
  new_bool: (size = 0, initial_value = false) => newArray(size, initial_value),
  new_box: <T>(size = 0, initial_value: T | null = null) => newArray(size, initial_value),
  new_color: (size = 0, initial_value = NA_NUMBER) => newArray(size, initial_value),
  new_float: (size = 0, initial_value = NA_NUMBER) => newArray(size, initial_value),
  new_int: (size = 0, initial_value = NA_NUMBER) => newArray(size, initial_value),
  new_label: <T>(size = 0, initial_value: T | null = null) => newArray(size, initial_value),
  new_line: <T>(size = 0, initial_value: T | null = null) => newArray(size, initial_value),
  new_linefill: <T>(size = 0, initial_value: T | null = null) => newArray(size, initial_value),
  new_string: (size = 0, initial_value: string | null = null) => newArray(size, initial_value),
  new_table: <T>(size = 0, initial_value: T | null = null) => newArray(size, initial_value),
  from,
  copy,
  slice,
  ...elements,
  ...search,
  sort,
  sort_indices,
  ...numeric,
};

/** array.* functions that read, add, remove and rearrange elements. */
import { toBool } from '../na.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { need, outOfBounds, type PineArray, position } from './pine-array.ts';

type Id<T> = PineArray<T> | null;

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.size */
export function size<T>(id: Id<T>): number {
  return need(id).size;
}

/** Negative indices count from the end. @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.get */
export function get<T>(id: Id<T>, index: number): T {
  const a = need(id);
  return a.at(position(index, a.size));
}

/** Negative indices count from the end. @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.set */
export function set<T>(id: Id<T>, index: number, value: T): void {
  const a = need(id);
  a.put(position(index, a.size), value);
}

/** "Throws a runtime error if the array is empty" (index 0). @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.first */
export function first<T>(id: Id<T>): T {
  return get(id, 0);
}

/** "Throws a runtime error if the array is empty" (index −1). @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.last */
export function last<T>(id: Id<T>): T {
  return get(id, -1);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.push */
export function push<T>(id: Id<T>, value: T): void {
  const a = need(id);
  a.insertAt(a.size, value);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.unshift */
export function unshift<T>(id: Id<T>, value: T): void {
  need(id).insertAt(0, value);
}

/**
 * Inserts before the element at `index` (negative counts from the end); `index` = size appends.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.insert
 */
export function insert<T>(id: Id<T>, index: number, value: T): void {
  const a = need(id);
  const n = a.size;
  a.insertAt(Math.floor(index) === n ? n : position(index, n), value);
}

/** Negative indices count from the end. @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.remove */
export function remove<T>(id: Id<T>, index: number): T {
  const a = need(id);
  return a.removeAt(position(index, a.size));
}

/** "Cannot use pop() if array is empty." @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.pop */
export function pop<T>(id: Id<T>): T {
  const a = need(id);
  const n = a.size;
  if (n === 0) throw new PineRuntimeError('Cannot use pop() if array is empty.');
  return a.removeAt(n - 1);
}

/** "Cannot use shift() if array is empty." @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.shift */
export function shift<T>(id: Id<T>): T {
  const a = need(id);
  if (a.size === 0) throw new PineRuntimeError('Cannot use shift() if array is empty.');
  return a.removeAt(0);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.clear */
export function clear<T>(id: Id<T>): void {
  const a = need(id);
  for (let i = a.size - 1; i >= 0; i--) a.removeAt(i);
}

/**
 * Sets elements `index_from` … `index_to − 1` (na `index_to` = the end) to `value`. An index
 * outside 0 … size throws out of bounds.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.fill
 */
export function fill<T>(id: Id<T>, value: T, indexFrom = 0, indexTo = Number.NaN): void {
  const a = need(id);
  const n = a.size;
  const start = Math.floor(indexFrom);
  const end = Number.isNaN(indexTo) ? n : Math.floor(indexTo);
  if (!(start >= 0 && start <= n)) throw outOfBounds(indexFrom, n);
  if (!(end >= 0 && end <= n)) throw outOfBounds(indexTo, n);
  for (let i = start; i < end; i++) a.put(i, value);
}

/** Appends the elements of `id2` to `id1` and returns `id1`. @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.concat */
export function concat<T>(id1: Id<T>, id2: Id<T>): PineArray<T> {
  const a = need(id1);
  for (const v of need(id2).toArray()) a.insertAt(a.size, v);
  return a;
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.reverse */
export function reverse<T>(id: Id<T>): void {
  const a = need(id);
  a.overwrite(a.toArray().reverse());
}

/**
 * Elements as text joined by `separator`. Numbers print as JavaScript's shortest round-trip form
 * (`5`, `1.5`), na as `NaN` like `str.tostring(na)`, na strings as an empty string.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.join
 */
export function join<T>(id: Id<T>, separator = ''): string {
  return need(id)
    .toArray()
    .map((v) => (v === null || v === undefined ? '' : String(v)))
    .join(separator);
}

/**
 * True when at least one element is true; for numbers "zero values are considered false, and all
 * others true" (na is false).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.some
 */
export function some(id: Id<boolean | number | null>): boolean {
  return need(id)
    .toArray()
    .some((v) => toBool(v));
}

/**
 * True when every element is true (numbers: non-zero and not na); true for an empty array.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.every
 */
export function every(id: Id<boolean | number | null>): boolean {
  return need(id)
    .toArray()
    .every((v) => toBool(v));
}

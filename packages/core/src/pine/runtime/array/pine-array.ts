/** The Pine array object: reference semantics, live slices, TradingView's size limit and index errors. */
import { PineRuntimeError } from '../pine-runtime-error.ts';

/**
 * "The size of arrays is limited to 100,000 elements."
 * @see https://www.tradingview.com/pine-script-docs/language/arrays/
 */
export const MAX_ARRAY_SIZE = 100_000;

/** Pine prints an na index as `na`, not `NaN`. */
function indexText(index: number): string {
  return Number.isNaN(index) ? 'na' : String(index);
}

/** "Index xx is out of bounds. Array size is yy" (Arrays manual, "Error handling"). */
export function outOfBounds(index: number, size: number): PineRuntimeError {
  return new PineRuntimeError(`Index ${indexText(index)} is out of bounds. Array size is ${size}.`);
}

/** "Array is too large. Maximum size is 100000" (Arrays manual, "Error handling"). */
export function tooLarge(): PineRuntimeError {
  return new PineRuntimeError(`Array is too large. Maximum size is ${MAX_ARRAY_SIZE}.`);
}

/**
 * An array of Pine values of one type. A plain array owns its elements; a slice (`array.slice`) is
 * a window `[from, from + length)` on its parent: reads, writes, inserts and removals go through
 * to the parent, and inserting into the slice widens the window ("Adding an element to the end of
 * the shallow copy … will widen the window by one element and also insert that element in the
 * parent array"). Shrinking the parent does not move the window; using a window that no longer
 * fits throws "Slice is out of bounds of the parent array".
 * @see https://www.tradingview.com/pine-script-docs/language/arrays/#slicing
 */
export class PineArray<T> {
  private readonly items: T[];
  private readonly parent: PineArray<T> | null;
  private readonly from: number;
  private length: number;

  private constructor(items: T[], parent: PineArray<T> | null, from: number, length: number) {
    this.items = items;
    this.parent = parent;
    this.from = from;
    this.length = length;
  }

  /** A new array owning `items` (not copied). */
  static of<T>(items: T[]): PineArray<T> {
    if (items.length > MAX_ARRAY_SIZE) throw tooLarge();
    return new PineArray(items, null, 0, 0);
  }

  /** A live window on `parent` from `from` (inclusive) to `to` (exclusive); bounds already checked. */
  static window<T>(parent: PineArray<T>, from: number, to: number): PineArray<T> {
    return new PineArray<T>([], parent, from, to - from);
  }

  /** Number of elements. */
  get size(): number {
    if (this.parent === null) return this.items.length;
    this.checkWindow();
    return this.length;
  }

  /** Element at `i`, which must be in 0 … size − 1. */
  at(i: number): T {
    if (this.parent === null) return this.items[i] as T;
    return this.parent.at(this.from + i);
  }

  /** Replaces the element at `i`, which must be in 0 … size − 1. */
  put(i: number, value: T): void {
    if (this.parent === null) this.items[i] = value;
    else this.parent.put(this.from + i, value);
  }

  /** Inserts at `i` in 0 … size. */
  insertAt(i: number, value: T): void {
    if (this.parent === null) {
      if (this.items.length >= MAX_ARRAY_SIZE) throw tooLarge();
      if (i === this.items.length) this.items.push(value);
      else this.items.splice(i, 0, value);
      return;
    }
    this.checkWindow();
    this.parent.insertAt(this.from + i, value);
    this.length++;
  }

  /** Removes and returns the element at `i` in 0 … size − 1. */
  removeAt(i: number): T {
    if (this.parent === null) {
      if (i === this.items.length - 1) return this.items.pop() as T;
      return this.items.splice(i, 1)[0] as T;
    }
    this.checkWindow();
    const value = this.parent.removeAt(this.from + i);
    this.length--;
    return value;
  }

  /** A new JS array of the elements (a snapshot; changing it does not change this array). */
  toArray(): T[] {
    if (this.parent === null) return this.items.slice();
    const n = this.size;
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = this.at(i);
    return out;
  }

  /** Overwrites every element with `values` (same length): how sort and reverse write back. */
  overwrite(values: readonly T[]): void {
    for (let i = 0; i < values.length; i++) this.put(i, values[i] as T);
  }

  private checkWindow(): void {
    if (this.parent !== null && this.from + this.length > this.parent.size)
      throw new PineRuntimeError('Slice is out of bounds of the parent array');
  }
}

/**
 * Operations on an na array id stop the script ("Cannot call array methods when ID of array is
 * 'na'"); na arrays are `null` at run time.
 * @see https://www.tradingview.com/pine-script-docs/language/arrays/#error-handling
 */
export function need<T>(id: PineArray<T> | null | undefined): PineArray<T> {
  if (id === null || id === undefined)
    throw new PineRuntimeError("Cannot call array methods when ID of array is 'na'.");
  return id;
}

/**
 * The position `index` names in an array of `size` elements: 0 … size − 1 forwards, −1 … −size
 * backwards from the end (Pine v6). Out of range throws TradingView's message with the index as
 * written. A fractional index is rounded down like a float passed to an int parameter.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_array.get (Remarks)
 */
export function position(index: number, size: number): number {
  const i = Math.floor(index);
  const p = i < 0 ? size + i : i;
  if (!(p >= 0 && p < size)) throw outOfBounds(index, size);
  return p;
}

/**
 * Helpers the generated JavaScript calls through `$rt`: conversions, v5 operators, objects,
 * history buffers, loops over collections and the mapping of errors to Pine lines.
 */
import { PineArray } from './array/pine-array.ts';
import { floatCompare } from './float-compare.ts';
import { PineMap } from './map/pine-map.ts';
import { PineMatrix } from './matrix/pine-matrix.ts';
import { intDiv, na, nz, nzRef, toBool } from './na.ts';
import { PineRuntimeError } from './pine-runtime-error.ts';
import { AnySeries } from './series/any-series.ts';
import { Series } from './series/series.ts';

/** An enum member: compared by reference; `str.tostring` shows its title. */
export interface EnumMember {
  readonly enumName: string;
  readonly name: string;
  readonly title: string;
}

export const scriptSupport = {
  ...floatCompare,
  na,
  nz,
  nzRef,
  toBool,
  intDiv,
  /** v5 `and`/`or`: both operands are already evaluated (v5 evaluates both sides). */
  and5: (a: boolean, b: boolean): boolean => a && b,
  or5: (a: boolean, b: boolean): boolean => a || b,
  newSeries: (maxBarsBack: number) => new Series(maxBarsBack),
  newAnySeries: (maxBarsBack: number) => new AnySeries<unknown>(maxBarsBack),
  /** Field access on a user-defined object: na objects are TradingView's runtime error. */
  object<T>(value: T | null | undefined): T {
    if (
      value === null ||
      value === undefined ||
      (typeof value === 'number' && Number.isNaN(value))
    ) {
      throw new PineRuntimeError('Cannot access a field of an na object');
    }
    return value;
  },
  /** `copy()` of a user-defined object: a shallow copy (fields holding objects are shared). */
  copy<T extends object>(value: T | null): T | null {
    if (value === null) return null;
    return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
  },
  enumMember: (enumName: string, name: string, title: string): EnumMember =>
    Object.freeze({ enumName, name, title }),
  /**
   * Values of `for x in collection`: an array's elements as they were when the loop started,
   * a matrix's rows (as arrays).
   * @see https://www.tradingview.com/pine-script-docs/language/loops/#for-in-loops
   */
  values(collection: unknown): Iterable<unknown> {
    if (collection instanceof PineArray) return collection.toArray();
    if (collection instanceof PineMatrix) {
      return Array.from({ length: collection.rows }, (_, r) =>
        PineArray.of(collection.rowValues(r)),
      );
    }
    throw new PineRuntimeError('Cannot iterate over an na collection');
  },
  /** Pairs of `for [i, x] in array` / `for [k, v] in map` / `for [i, row] in matrix`. */
  entries(collection: unknown): Iterable<readonly [unknown, unknown]> {
    if (collection instanceof PineMap) return [...collection.pairs];
    const values = [...scriptSupport.values(collection)];
    return values.map((v, i) => [i, v] as const);
  },
  /** Adds the Pine line to an error thrown while a bar ran. */
  fail(error: unknown, line: number): unknown {
    if (error instanceof PineRuntimeError) {
      error.line ??= line;
      return error;
    }
    if (error instanceof TypeError || error instanceof RangeError) {
      const wrapped = new PineRuntimeError(error.message);
      wrapped.line = line;
      return wrapped;
    }
    return error;
  },
};

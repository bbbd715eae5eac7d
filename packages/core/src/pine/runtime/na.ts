/** Pine's `na` for every type, and the na-aware helpers `na()`, `nz()`, `fixnan()` and integer arithmetic. */
import { PineRuntimeError } from './pine-runtime-error.ts';

/**
 * Representation of `na` (see the header of `index.ts`): NaN for int, float and color; `null` for
 * string, bool (Pine v5 only; v6 bools are never na) and reference types (arrays, maps, matrices).
 */
export const NA = Number.NaN;

/** Values `na()` accepts: a number (NaN is na) or a reference / string / bool (`null` is na). */
export type PineValue = number | string | boolean | object | null | undefined;

/**
 * `na(x)`: true when x is na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_na
 */
export function na(x: PineValue): boolean {
  return x === null || x === undefined || (typeof x === 'number' && Number.isNaN(x));
}

/**
 * `nz(source, replacement = 0)`: the replacement when `source` is na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_nz
 */
export function nz(source: number, replacement = 0): number {
  return Number.isNaN(source) ? replacement : source;
}

/** `nz()` for strings, bools and references: the replacement when `source` is `null`. */
export function nzRef<T>(source: T | null | undefined, replacement: T): T {
  return source === null || source === undefined ? replacement : source;
}

/**
 * Pine v6 turns an na bool (a v5 script's `bool b = na`, or `bool(na)`) into false; conditions
 * that are na numbers are false too (`if na` never runs its block).
 * @see https://www.tradingview.com/pine-script-docs/migration-guides/to-pine-version-6/ ("Boolean values")
 */
export function toBool(x: boolean | number | null | undefined): boolean {
  if (typeof x === 'number') return !Number.isNaN(x) && x !== 0;
  return x === true;
}

/**
 * `int(x)`: truncates toward zero; na stays na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_int
 */
export function toInt(x: number): number {
  return Math.trunc(x);
}

/**
 * `a / b` when both operands are int and the checker asks for an int result (Pine v5: "the result
 * of dividing two int values is int, truncated toward zero"); Pine v6 always divides as floats, so
 * a v6 compile uses plain `/`. Division by zero gives na, not an error.
 * @see https://www.tradingview.com/pine-script-docs/migration-guides/to-pine-version-6/ ("Integer division")
 */
export function intDiv(a: number, b: number): number {
  if (b === 0) return Number.NaN;
  return Math.trunc(a / b);
}

/**
 * `a % b`: remainder with the sign of the dividend (truncated quotient), like JS `%`; na when b is 0.
 * @see https://www.tradingview.com/pine-script-reference/v6/#op_%
 */
export function mod(a: number, b: number): number {
  if (b === 0) return Number.NaN;
  return a % b;
}

/**
 * `fixnan(source)`: the last non-na value instead of na. One instance per call site.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_fixnan
 */
export class Fixnan {
  private last = Number.NaN;

  next(source: number): number {
    if (!Number.isNaN(source)) this.last = source;
    return this.last;
  }
}

/** `fixnan()` for strings, v5 bools and colors kept as references: the last non-null value. */
export class FixnanRef<T> {
  private last: T | null = null;

  next(source: T | null): T | null {
    if (source !== null) this.last = source;
    return this.last;
  }
}

/** Throws when a Pine function receives na where a value is required (e.g. an array size). */
export function requireValue(x: number, what: string): number {
  if (Number.isNaN(x)) throw new PineRuntimeError(`${what} cannot be na`);
  return x;
}

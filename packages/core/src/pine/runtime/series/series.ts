/** A numeric series with history: the value of each bar kept in a ring buffer, read back as `x[n]`. */
import { PineRuntimeError } from '../pine-runtime-error.ts';

/** TradingView keeps 5,000 bars of history per series unless `max_bars_back` says otherwise. */
export const DEFAULT_MAX_BARS_BACK = 5000;

/**
 * History of one numeric Pine series (float, int, color; na = NaN). The compiled script calls
 * `push(value)` once per bar on which the series is computed (or `push()` then `set(value)`), and
 * reads `get(n)` for `x[n]`. Offsets beyond the bars seen so far return na, as on TradingView's
 * first bars; an offset beyond `maxBarsBack` is TradingView's "max_bars_back" runtime error.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_max_bars_back
 */
export class Series {
  /** Number of values pushed so far (bars on which this series was computed). */
  length = 0;
  readonly maxBarsBack: number;
  private readonly buffer: Float64Array;
  private readonly mask: number;
  private head = -1;

  constructor(maxBarsBack = DEFAULT_MAX_BARS_BACK) {
    if (!Number.isInteger(maxBarsBack) || maxBarsBack < 0) {
      throw new PineRuntimeError(`max_bars_back must be a whole number >= 0, got ${maxBarsBack}`);
    }
    this.maxBarsBack = maxBarsBack;
    // Power-of-two capacity so the ring index is a mask, holding offsets 0 … maxBarsBack.
    let capacity = 1;
    while (capacity < maxBarsBack + 1) capacity *= 2;
    this.buffer = new Float64Array(capacity).fill(Number.NaN);
    this.mask = capacity - 1;
  }

  /** Starts a new bar with `value` (na when omitted). */
  push(value = Number.NaN): void {
    this.head = (this.head + 1) & this.mask;
    this.buffer[this.head] = value;
    this.length++;
  }

  /** Replaces the current bar's value (`x := v` after the bar's first assignment). */
  set(value: number): void {
    if (this.length === 0) throw new PineRuntimeError('series has no current bar; push first');
    this.buffer[this.head] = value;
  }

  /** The current bar's value, `x[0]`. */
  get current(): number {
    return this.length === 0 ? Number.NaN : (this.buffer[this.head] as number);
  }

  /** `x[offset]`: na before the first bar; a runtime error beyond `maxBarsBack`. */
  get(offset: number): number {
    if (offset === 0) return this.current;
    if (!(offset >= 0) || !Number.isInteger(offset)) {
      if (Number.isNaN(offset)) return Number.NaN;
      throw new PineRuntimeError(
        `Invalid history reference offset ${offset}: must be a whole number >= 0`,
      );
    }
    if (offset > this.maxBarsBack) {
      throw new PineRuntimeError(
        `The requested historical offset (${offset}) is beyond the historical buffer's limit (${this.maxBarsBack})`,
      );
    }
    if (offset >= this.length) return Number.NaN;
    return this.buffer[(this.head - offset) & this.mask] as number;
  }
}

/**
 * History of a series of strings, v5 bools or references (na = `null`): the same contract as
 * `Series` over a plain array.
 */
export class ValueSeries<T> {
  length = 0;
  readonly maxBarsBack: number;
  private readonly buffer: (T | null)[];
  private readonly mask: number;
  private head = -1;

  constructor(maxBarsBack = DEFAULT_MAX_BARS_BACK) {
    if (!Number.isInteger(maxBarsBack) || maxBarsBack < 0) {
      throw new PineRuntimeError(`max_bars_back must be a whole number >= 0, got ${maxBarsBack}`);
    }
    this.maxBarsBack = maxBarsBack;
    let capacity = 1;
    while (capacity < maxBarsBack + 1) capacity *= 2;
    this.buffer = new Array<T | null>(capacity).fill(null);
    this.mask = capacity - 1;
  }

  push(value: T | null = null): void {
    this.head = (this.head + 1) & this.mask;
    this.buffer[this.head] = value;
    this.length++;
  }

  set(value: T | null): void {
    if (this.length === 0) throw new PineRuntimeError('series has no current bar; push first');
    this.buffer[this.head] = value;
  }

  get current(): T | null {
    return this.length === 0 ? null : (this.buffer[this.head] ?? null);
  }

  get(offset: number): T | null {
    if (offset === 0) return this.current;
    if (!(offset >= 0) || !Number.isInteger(offset)) {
      if (Number.isNaN(offset)) return null;
      throw new PineRuntimeError(
        `Invalid history reference offset ${offset}: must be a whole number >= 0`,
      );
    }
    if (offset > this.maxBarsBack) {
      throw new PineRuntimeError(
        `The requested historical offset (${offset}) is beyond the historical buffer's limit (${this.maxBarsBack})`,
      );
    }
    if (offset >= this.length) return null;
    return this.buffer[(this.head - offset) & this.mask] ?? null;
  }
}

/**
 * Columnar OHLCV bars: one Float64Array per field, never an array of bar objects
 * (ARCHITECTURE principle 2, docs/adr/0002). `time` is the bar's open time in ms UTC,
 * as TradingView's `time` is.
 */
import { assert } from '../assert.ts';
import type { SymbolInfo } from './symbol-info.ts';
import type { Timeframe } from './timeframe.ts';

export const BAR_FIELDS = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;
export type BarField = (typeof BAR_FIELDS)[number];

export interface Bars {
  readonly symbol: SymbolInfo;
  readonly timeframe: Timeframe;
  readonly length: number;
  readonly time: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
}

/** One bar as a plain object: for tests, display and small inputs, not for hot paths. */
export interface Bar {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export type BarColumns = Record<BarField, Float64Array>;

/** Wraps existing columns; all must have the same length and times must increase. */
export function createBars(symbol: SymbolInfo, timeframe: Timeframe, columns: BarColumns): Bars {
  const length = columns.time.length;
  for (const field of BAR_FIELDS) {
    assert(
      columns[field].length === length,
      `bar column ${field} has ${columns[field].length} values, expected ${length}`,
    );
  }
  const { time, open, high, low, close, volume } = columns;
  return { symbol, timeframe, length, time, open, high, low, close, volume };
}

export function allocateColumns(length: number): BarColumns {
  return {
    time: new Float64Array(length),
    open: new Float64Array(length),
    high: new Float64Array(length),
    low: new Float64Array(length),
    close: new Float64Array(length),
    volume: new Float64Array(length),
  };
}

export function barsFromRows(symbol: SymbolInfo, timeframe: Timeframe, rows: readonly Bar[]): Bars {
  const columns = allocateColumns(rows.length);
  rows.forEach((row, i) => {
    for (const field of BAR_FIELDS) columns[field][i] = row[field];
  });
  return createBars(symbol, timeframe, columns);
}

export function barAt(bars: Bars, index: number): Bar {
  assert(index >= 0 && index < bars.length, `bar index ${index} outside 0..${bars.length - 1}`);
  return {
    time: bars.time[index]!,
    open: bars.open[index]!,
    high: bars.high[index]!,
    low: bars.low[index]!,
    close: bars.close[index]!,
    volume: bars.volume[index]!,
  };
}

/** Bars with `from <= time < to` (ms UTC); shares memory with the source (subarray views). */
export function sliceByTime(bars: Bars, from = -Infinity, to = Infinity): Bars {
  const start = lowerBound(bars.time, from);
  const end = lowerBound(bars.time, to);
  const view = (column: Float64Array) => column.subarray(start, end);
  return createBars(bars.symbol, bars.timeframe, {
    time: view(bars.time),
    open: view(bars.open),
    high: view(bars.high),
    low: view(bars.low),
    close: view(bars.close),
    volume: view(bars.volume),
  });
}

/** Open time of bar `index`; NaN outside the bars (e.g. -1, before the first). */
export function timeAt(time: Float64Array, index: number): number {
  return index >= 0 && index < time.length ? time[index]! : Number.NaN;
}

/** First index whose time is >= t (binary search over increasing times). */
export function lowerBound(time: Float64Array, t: number): number {
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (time[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose time is > t. */
export function upperBound(time: Float64Array, t: number): number {
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (time[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first bar whose time is not after its predecessor's (or is not a finite number), or -1. */
export function findDisorder(time: Float64Array): number {
  let previous = -Infinity;
  for (let i = 0; i < time.length; i++) {
    const t = time[i]!;
    if (!(t > previous) || !Number.isFinite(t)) return i;
    previous = t;
  }
  return -1;
}

/** Test helpers for the runtime: reference files, bars through market's CSV reader, and a bar loop. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReferenceTable } from '../../../engine/test-support/reference-table.ts';
import { type Bars, createBars } from '../../../market/bars.ts';
import { parseOhlcvCsv } from '../../../market/csv/index.ts';
import { symbolInfo } from '../../../market/symbol-info.ts';
import { parseTimeframe } from '../../../market/timeframe.ts';
import { BarState } from '../series/bar-state.ts';

/** Absolute path of a file under /work/shared/reference (`../shared/reference` from the repo root). */
export function referencePath(relative: string): string {
  return fileURLToPath(
    new URL(`../../../../../../../shared/reference/${relative}`, import.meta.url),
  );
}

export const hasReference = (relative: string): boolean => existsSync(referencePath(relative));

/** Bars of an OHLCV reference file, read by market's CSV parser. */
export function loadBars(relative: string, timeframe = '1D'): Bars {
  return parseOhlcvCsv(readFileSync(referencePath(relative), 'utf8'), {
    symbol: symbolInfo('REF'),
    timeframe: parseTimeframe(timeframe),
    source: relative,
  }).bars;
}

/** A LEAN indicator table: numeric columns by header (dates ignored), empty cells NaN. */
export function loadTable(relative: string): Record<string, number[]> {
  return parseReferenceTable(readFileSync(referencePath(relative), 'utf8')).columns;
}

/** Bars from plain columns (one bar per day from 2020-01-01 UTC); missing columns default to close. */
export function barsFrom(columns: {
  close: readonly number[];
  open?: readonly number[];
  high?: readonly number[];
  low?: readonly number[];
  volume?: readonly number[];
}): Bars {
  const n = columns.close.length;
  const col = (values: readonly number[] | undefined, fallback: readonly number[]) =>
    Float64Array.from(values ?? fallback);
  return createBars(symbolInfo('TEST'), parseTimeframe('1D'), {
    time: Float64Array.from({ length: n }, (_, i) => Date.UTC(2020, 0, 1) + i * 86_400_000),
    open: col(columns.open, columns.close),
    high: col(columns.high, columns.close),
    low: col(columns.low, columns.close),
    close: col(columns.close, columns.close),
    volume: col(columns.volume, new Array<number>(n).fill(1)),
  });
}

/** Runs `step` once per bar with the bar state loaded, collecting its results. */
export function runBars<T>(bars: Bars, step: (bar: BarState, index: number) => T): T[] {
  const bar = new BarState(bars);
  const out: T[] = [];
  for (let i = 0; i < bars.length; i++) {
    bar.load(i);
    out.push(step(bar, i));
  }
  return out;
}

/**
 * The bars backtrader's tests check (tests/testcommon.py): the last bar, the first bar with a
 * value (`minperiod` − 1) and the bar half-way back between them (Python's floor division).
 */
export function backtraderCheckpoints(length: number, minperiod: number): number[] {
  const last = length - 1;
  return [last, last + (minperiod - length), last + Math.floor((minperiod - length) / 2)];
}

/** `x[i]` on bar `t` of a plain array: NaN before the first bar — for literal pseudo-code loops. */
export function at(values: readonly number[], t: number, i: number): number {
  const k = t - i;
  return k >= 0 && k < values.length ? (values[k] as number) : Number.NaN;
}

/** Relative closeness: |a − b| ≤ tol · max(1, |b|); both NaN counts as equal. */
export function close(a: number, b: number, tol = 1e-9): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

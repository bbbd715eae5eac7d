/**
 * Puts parsed rows in time order (stable: equal times keep file order) and resolves repeated
 * times: an identical repeat is dropped, a conflicting one replaces the earlier row (last wins).
 */
import { allocateColumns, type BarColumns } from '../bars.ts';
import { stableOrder } from './stable-order.ts';

export interface RowBuffer {
  columns: BarColumns;
  /** Physical line of each row, for messages. */
  lines: Int32Array;
  length: number;
  /** False when some row's time is earlier than the row before it. */
  ordered: boolean;
}

export interface DedupeResult {
  columns: BarColumns;
  duplicates: number;
  conflictingDuplicates: number;
}

/** `warn(line, message)` receives one call per conflicting duplicate. */
export function sortAndDedupe(
  rows: RowBuffer,
  warn: (line: number, message: string) => void,
): DedupeResult {
  const { columns, lines, length } = rows;
  const time = columns.time;
  const order = rows.ordered ? null : stableOrder(time, length);
  let repeats = 0;
  for (let k = 1; k < length; k++) {
    const i = order ? order[k]! : k;
    const j = order ? order[k - 1]! : k - 1;
    if (time[i] === time[j]) repeats++;
  }
  if (order === null && repeats === 0) {
    return { columns: trim(columns, length), duplicates: 0, conflictingDuplicates: 0 };
  }

  const out = allocateColumns(length - repeats);
  const { open, high, low, close, volume } = columns;
  let n = -1;
  let conflicting = 0;
  let keptLine = 0;
  for (let k = 0; k < length; k++) {
    const i = order ? order[k]! : k;
    if (n >= 0 && time[i] === out.time[n]) {
      if (
        open[i] === out.open[n] &&
        high[i] === out.high[n] &&
        low[i] === out.low[n] &&
        close[i] === out.close[n] &&
        sameVolume(volume[i]!, out.volume[n]!)
      ) {
        continue;
      }
      conflicting++;
      warn(
        lines[i]!,
        `time ${new Date(time[i]!).toISOString()} repeats line ${keptLine} with other values; this later row is kept`,
      );
    } else {
      n++;
    }
    out.time[n] = time[i]!;
    out.open[n] = open[i]!;
    out.high[n] = high[i]!;
    out.low[n] = low[i]!;
    out.close[n] = close[i]!;
    out.volume[n] = volume[i]!;
    keptLine = lines[i]!;
  }
  return { columns: out, duplicates: repeats, conflictingDuplicates: conflicting };
}

/** Volumes match when equal or both missing (NaN). */
function sameVolume(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Views of the first `length` values; copies when the spare capacity is large. */
function trim(columns: BarColumns, length: number): BarColumns {
  const capacity = columns.time.length;
  if (capacity === length) return columns;
  const copy = capacity - length > (length >> 4) + 64;
  const cut = (c: Float64Array) => (copy ? c.slice(0, length) : c.subarray(0, length));
  return {
    time: cut(columns.time),
    open: cut(columns.open),
    high: cut(columns.high),
    low: cut(columns.low),
    close: cut(columns.close),
    volume: cut(columns.volume),
  };
}

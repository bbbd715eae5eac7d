/**
 * Maps CSV columns to bar fields: by header names (case-insensitive, with the synonyms common
 * exports use) or, without a header, by position `time, open, high, low, close[, volume]`.
 */
import { CsvFormatError } from './csv-format-error.ts';

export interface ColumnLayout {
  /** Field index of the time (or date) column. */
  time: number;
  /** Field index of a separate time-of-day column, -1 when the time column is complete. */
  timeOfDay: number;
  open: number;
  high: number;
  low: number;
  close: number;
  /** -1 when the file has no volume. */
  volume: number;
  /** Fields every row must have. */
  fieldCount: number;
  /** Display name per field index: the header text, or `#1`, `#2` … without a header. */
  names: string[];
  /** Which column fed each field, for the import report. */
  columns: Record<string, string>;
  ignored: string[];
}

/** Predicate on the first data row: is the cell at `index` a time of day alone (`09:30`)? */
export type TimeOfDayProbe = (index: number) => boolean;

// Names are compared after `normalizeName`; earlier entries win.
const DATETIME = [
  'datetime',
  'timestamp',
  'opentime',
  'date/time',
  'unix',
  'unixtime',
  'epoch',
  'gmttime',
  'localtime',
];
const SYNONYMS = {
  open: ['open', 'o', 'openprice'],
  high: ['high', 'h', 'highprice'],
  low: ['low', 'l', 'lowprice'],
  close: ['close', 'c', 'closeprice', 'last', 'adjclose', 'adjustedclose'],
  volume: ['volume', 'vol', 'v', 'tickvolume', 'tickvol'],
} as const;

type PriceField = keyof typeof SYNONYMS;

/** Lower case without spaces, `_` and `-`, and without MetaTrader's `<…>`: `Adj Close` → `adjclose`. */
export function normalizeName(name: string): string {
  let n = name.trim().toLowerCase();
  if (n.startsWith('<') && n.endsWith('>')) n = n.slice(1, -1);
  return n.replace(/[\s_-]+/g, '');
}

export function detectColumns(
  header: readonly string[],
  probe: TimeOfDayProbe,
  source: string,
  line: number,
): ColumnLayout {
  const normalized = header.map(normalizeName);
  const names = header.map((h, i) => h.trim() || `#${i + 1}`);
  const used = new Set<number>();
  const find = (candidates: readonly string[]): number => {
    for (const candidate of candidates) {
      const i = normalized.indexOf(candidate);
      if (i >= 0 && !used.has(i)) return i;
    }
    return -1;
  };
  const columns: Record<string, string> = {};

  let time = find(DATETIME);
  let timeOfDay = -1;
  if (time < 0) {
    const date = find(['date', 'day']);
    const clock = find(['time']);
    if (date >= 0 && clock >= 0) {
      if (probe(clock)) {
        time = date;
        timeOfDay = clock;
      } else {
        time = clock;
      }
    } else {
      time = date >= 0 ? date : clock;
    }
  }
  if (time < 0 && normalized[0] === '') time = 0; // pandas writes the index column unnamed
  if (time < 0) throw missing('time', names, source, line);
  used.add(time);
  columns.time = names[time]!;
  if (timeOfDay >= 0) {
    used.add(timeOfDay);
    columns.time = `${names[time]} + ${names[timeOfDay]}`;
  }

  const found = {} as Record<PriceField, number>;
  for (const field of Object.keys(SYNONYMS) as PriceField[]) {
    const i = find(SYNONYMS[field]);
    if (i < 0 && field !== 'volume') throw missing(field, names, source, line);
    found[field] = i;
    if (i >= 0) {
      used.add(i);
      columns[field] = names[i]!;
    }
  }
  return {
    time,
    timeOfDay,
    ...found,
    fieldCount: names.length,
    names,
    columns,
    ignored: names.filter((_, i) => !used.has(i)),
  };
}

/** Layout of a file without a header; a bare time of day in field 2 means split date and time. */
export function positionalColumns(
  fieldCount: number,
  probe: TimeOfDayProbe,
  source: string,
  line: number,
): ColumnLayout {
  const split = fieldCount > 1 && probe(1) ? 1 : 0;
  if (fieldCount < 5 + split) {
    throw new CsvFormatError(
      source,
      line,
      `no header and only ${fieldCount} fields: expected time, open, high, low, close[, volume]`,
    );
  }
  const names = Array.from({ length: fieldCount }, (_, i) => `#${i + 1}`);
  const at = (k: number) => k + split;
  const volume = fieldCount > at(5) ? at(5) : -1;
  const columns: Record<string, string> = {
    time: split ? '#1 + #2' : '#1',
    open: names[at(1)]!,
    high: names[at(2)]!,
    low: names[at(3)]!,
    close: names[at(4)]!,
  };
  if (volume >= 0) columns.volume = names[volume]!;
  return {
    time: 0,
    timeOfDay: split ? 1 : -1,
    open: at(1),
    high: at(2),
    low: at(3),
    close: at(4),
    volume,
    fieldCount,
    names,
    columns,
    ignored: names.slice(volume >= 0 ? volume + 1 : at(5)),
  };
}

function missing(field: string, names: readonly string[], source: string, line: number) {
  return new CsvFormatError(source, line, `no ${field} column among: ${names.join(', ')}`);
}

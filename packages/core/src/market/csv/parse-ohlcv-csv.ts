/**
 * OHLCV CSV text → columnar bars plus a report of what was read, kept, reordered and ignored.
 * One pass over the text with reused offsets (no per-row strings or objects); the whole file is
 * checked before anything is returned, so a broken row never yields half a series.
 */
import { allocateColumns, type BarColumns, type Bars, createBars } from '../bars.ts';
import type { SymbolInfo } from '../symbol-info.ts';
import type { Timeframe } from '../timeframe.ts';
import { assertTimezone } from '../timezone.ts';
import { CsvFormatError } from './csv-format-error.ts';
import { CsvScanner } from './csv-scanner.ts';
import { type ColumnLayout, detectColumns, positionalColumns } from './detect-columns.ts';
import { detectDelimiter, SEMICOLON } from './detect-delimiter.ts';
import { LocalToUtc } from './local-to-utc.ts';
import { parseDecimal } from './parse-number.ts';
import { TimeReader } from './parse-time.ts';
import { type RowBuffer, sortAndDedupe } from './sort-and-dedupe.ts';

export interface CsvParseOptions {
  symbol: SymbolInfo;
  timeframe: Timeframe;
  /** File name used in messages; default `<csv>`. */
  source?: string;
  /** IANA zone or `UTC±H` for times without `Z`/offset; default `symbol.timezone`. */
  timezone?: string;
  /** Read year-last slash dates as `D/M/YYYY` instead of the US `M/D/YYYY`. */
  dayFirst?: boolean;
  /** Called every 65,536 lines and once at the end. */
  onProgress?: (linesDone: number, linesTotal: number) => void;
}

export interface CsvImportReport {
  /** Data rows read (header and blank lines excluded). */
  rows: number;
  /** Bars kept after duplicates were resolved. */
  bars: number;
  /** Rows were out of time order and were sorted (stable). */
  reordered: boolean;
  /** Rows whose time repeated an earlier row's; identical ones are dropped. */
  duplicates: number;
  /** Repeats with different values: the later row replaced the earlier one. */
  conflictingDuplicates: number;
  /** Header column (or `#n` position) that fed each field, e.g. `{ time: 'Date', open: 'Open' }`. */
  columns: Record<string, string>;
  ignoredColumns: string[];
  /** `line 40: high 10.5 is below close 10.7`; at most MAX_WARNINGS, then a count of the rest. */
  warnings: string[];
}

export const MAX_WARNINGS = 50;
const PROGRESS_EVERY = 65_536;
const DAY = 86_400_000;

export function parseOhlcvCsv(
  text: string,
  options: CsvParseOptions,
): { bars: Bars; report: CsvImportReport } {
  const source = options.source ?? '<csv>';
  const timezone = options.timezone ?? options.symbol.timezone;
  assertTimezone(timezone);
  const toUtc = new LocalToUtc(timezone);
  const linesTotal = countLines(text);
  const delimiter = detectDelimiter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const decimalComma = delimiter === SEMICOLON;
  const scanner = new CsvScanner(text, delimiter, source);
  const reader = new TimeReader(options.dayFirst ?? false);
  const warnings = new Warnings();

  if (!scanner.next()) throw new CsvFormatError(source, 1, 'no data: the text is empty');
  let header: string[] | null = null;
  let layout: ColumnLayout;
  let hasData = true;
  if (isHeaderRow(scanner, decimalComma)) {
    header = scanner.fields();
    const headerLine = scanner.line;
    hasData = scanner.next();
    const probe = (i: number) => !hasData || isTimeOfDay(scanner, reader, i, true);
    layout = detectColumns(header, probe, source, headerLine);
  } else {
    const probe = (i: number) => isTimeOfDay(scanner, reader, i, false);
    layout = positionalColumns(scanner.count, probe, source, scanner.line);
  }

  let rows: RowBuffer = {
    columns: allocateColumns(hasData ? linesTotal : 0),
    lines: new Int32Array(hasData ? linesTotal : 0),
    length: 0,
    ordered: true,
  };
  if (!hasData) warnings.add(scanner.line, 'no data rows after the header');

  const { time: tCol, timeOfDay: dCol, open: oCol, high: hCol, low: lCol, close: cCol } = layout;
  const vCol = layout.volume;
  const names = layout.names;
  let nextProgress = PROGRESS_EVERY;
  let previous = -Infinity;

  const cellText = (i: number) => scanner.field(i).trim();
  const fail = (i: number, what: string, hint = ''): never => {
    const cell = cellText(i);
    const detail = `cannot read ${JSON.stringify(cell)} as ${what} in column ${names[i]}`;
    throw new CsvFormatError(source, scanner.line, hint ? `${detail} (${hint})` : detail, names[i]);
  };
  const number = (i: number): number =>
    scanner.escaped[i]
      ? parseDecimal(scanner.field(i), 0, scanner.field(i).length, decimalComma)
      : parseDecimal(text, scanner.starts[i]!, scanner.ends[i]!, decimalComma);
  const price = (i: number): number => {
    const v = number(i);
    return Number.isFinite(v) ? v : fail(i, 'a price');
  };
  const readTime = (i: number): number =>
    scanner.escaped[i]
      ? reader.read(scanner.field(i), 0, scanner.field(i).length)
      : reader.read(text, scanner.starts[i]!, scanner.ends[i]!);

  while (hasData) {
    const line = scanner.line;
    if (scanner.count !== layout.fieldCount) {
      if (header && sameFields(scanner, header)) {
        warnings.add(line, 'repeated header row skipped');
        hasData = scanner.next();
        continue;
      }
      throw new CsvFormatError(
        source,
        line,
        `expected ${layout.fieldCount} fields${header ? ' as in the header' : ''}, found ${scanner.count}`,
      );
    }

    let t = readTime(tCol);
    if (dCol >= 0 && !Number.isNaN(t)) {
      if (reader.absolute || t % DAY !== 0) fail(tCol, 'a date without a time of day');
      const clock = scanner.escaped[dCol]
        ? Number.NaN
        : reader.readTimeOfDay(text, scanner.starts[dCol]!, scanner.ends[dCol]!);
      if (Number.isNaN(clock)) fail(dCol, 'a time of day');
      t += clock;
    }
    if (Number.isNaN(t)) {
      if (header && sameFields(scanner, header)) {
        warnings.add(line, 'repeated header row skipped');
        hasData = scanner.next();
        continue;
      }
      fail(tCol, 'a date/time', reader.hint);
    }
    if (!reader.absolute) {
      t = toUtc.convert(t);
      if (toUtc.skipped) {
        const utc = new Date(t).toISOString();
        warnings.add(
          line,
          `${cellText(tCol)} is skipped by a DST change in ${timezone}; read as ${utc}`,
        );
      }
    }

    const open = price(oCol);
    const high = price(hCol);
    const low = price(lCol);
    const close = price(cCol);
    let volume = Number.NaN;
    if (vCol >= 0) {
      volume = number(vCol);
      if (Number.isNaN(volume) && cellText(vCol) !== '') fail(vCol, 'a volume');
      if (volume < 0) warnings.add(line, `volume ${volume} is negative`);
    }
    const problem = ohlcProblem(open, high, low, close);
    if (problem) warnings.add(line, problem);

    if (rows.length === rows.lines.length) rows = grow(rows);
    const k = rows.length++;
    const c = rows.columns;
    c.time[k] = t;
    c.open[k] = open;
    c.high[k] = high;
    c.low[k] = low;
    c.close[k] = close;
    c.volume[k] = volume;
    rows.lines[k] = line;
    if (t < previous) rows.ordered = false;
    previous = t;

    if (line >= nextProgress && options.onProgress) {
      options.onProgress(line, linesTotal);
      nextProgress = line + PROGRESS_EVERY;
    }
    hasData = scanner.next();
  }

  const result = sortAndDedupe(rows, (line, message) => warnings.add(line, message));
  options.onProgress?.(linesTotal, linesTotal);
  const bars = createBars(options.symbol, options.timeframe, result.columns);
  return {
    bars,
    report: {
      rows: rows.length,
      bars: bars.length,
      reordered: !rows.ordered,
      duplicates: result.duplicates,
      conflictingDuplicates: result.conflictingDuplicates,
      columns: layout.columns,
      ignoredColumns: layout.ignored,
      warnings: warnings.list(),
    },
  };
}

/** First message about a bar whose high/low do not enclose its open and close. */
function ohlcProblem(open: number, high: number, low: number, close: number): string {
  if (high < low) return `high ${high} is below low ${low}`;
  if (high < open) return `high ${high} is below open ${open}`;
  if (high < close) return `high ${high} is below close ${close}`;
  if (low > open) return `low ${low} is above open ${open}`;
  if (low > close) return `low ${low} is above close ${close}`;
  return '';
}

/** A first row is a header when no field after the first reads as a number. */
function isHeaderRow(scanner: CsvScanner, decimalComma: boolean): boolean {
  for (let i = 1; i < scanner.count; i++) {
    const cell = scanner.field(i);
    if (!Number.isNaN(parseDecimal(cell, 0, cell.length, decimalComma))) return false;
  }
  return true;
}

/**
 * Whether field i of the current row is a bare time of day. Without a header only `H:MM…`
 * counts, so a price such as `1230` is never taken for 12:30.
 */
function isTimeOfDay(scanner: CsvScanner, reader: TimeReader, i: number, compact: boolean) {
  if (i >= scanner.count) return false;
  const cell = scanner.field(i);
  if (!compact && !cell.includes(':')) return false;
  return !Number.isNaN(reader.readTimeOfDay(cell, 0, cell.length));
}

function sameFields(scanner: CsvScanner, header: readonly string[]): boolean {
  if (scanner.count !== header.length) return false;
  for (let i = 0; i < header.length; i++) if (scanner.field(i) !== header[i]) return false;
  return true;
}

/** Physical lines (an upper bound on records): line breaks, plus a last line without one. */
function countLines(text: string): number {
  let lf = 0;
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) lf++;
  const breaks = lf > 0 ? lf : text.split('\r').length - 1; // lone-CR files
  const last = text.charCodeAt(text.length - 1);
  return breaks + (text.length > 0 && last !== 10 && last !== 13 ? 1 : 0);
}

function grow(rows: RowBuffer): RowBuffer {
  const n = Math.max(16, rows.lines.length * 2);
  const columns: BarColumns = allocateColumns(n);
  for (const [field, column] of Object.entries(rows.columns)) {
    columns[field as keyof BarColumns].set(column);
  }
  const lines = new Int32Array(n);
  lines.set(rows.lines);
  return { columns, lines, length: rows.length, ordered: rows.ordered };
}

/** Collects `line N: …` messages up to MAX_WARNINGS and counts the rest. */
class Warnings {
  private readonly items: string[] = [];
  private extra = 0;

  add(line: number, message: string): void {
    if (this.items.length < MAX_WARNINGS) this.items.push(`line ${line}: ${message}`);
    else this.extra++;
  }

  list(): string[] {
    return this.extra ? [...this.items, `… and ${this.extra} more warnings`] : this.items;
  }
}

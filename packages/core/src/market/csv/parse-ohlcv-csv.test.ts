import { describe, expect, it } from 'vitest';
import { symbolInfo } from '../symbol-info.ts';
import { CsvFormatError } from './csv-format-error.ts';
import { type CsvParseOptions, MAX_WARNINGS, parseOhlcvCsv } from './parse-ohlcv-csv.ts';

const DAILY = { unit: 'day', multiplier: 1 } as const;
const HOURLY = { unit: 'minute', multiplier: 60 } as const;
/** Test files are written on one line: `|` stands for a line break. */
const csv = (text: string) => text.replaceAll('|', '\n');
const parse = (text: string, options: Partial<CsvParseOptions> = {}) =>
  parseOhlcvCsv(csv(text), {
    symbol: symbolInfo('TEST'),
    timeframe: DAILY,
    source: 't.csv',
    ...options,
  });

/** Bars as `[ISO time, open, high, low, close, volume]` rows. */
function rows(text: string, options: Partial<CsvParseOptions> = {}) {
  const { bars } = parse(text, options);
  return Array.from({ length: bars.length }, (_, i) => [
    new Date(bars.time[i]!).toISOString(),
    bars.open[i],
    bars.high[i],
    bars.low[i],
    bars.close[i],
    bars.volume[i],
  ]);
}

function errorOf(text: string, options: Partial<CsvParseOptions> = {}) {
  try {
    parse(text, options);
  } catch (e) {
    if (e instanceof CsvFormatError) return { message: e.message, line: e.line, column: e.column };
    throw e;
  }
  throw new Error('no error');
}

const DAY1 = ['2024-01-02T00:00:00.000Z', 10, 11, 9, 10.5, 100];
const DAY2 = ['2024-01-03T00:00:00.000Z', 10.5, 12, 10, 11.5, 200];
const H = 'Date,Open,High,Low,Close,Volume';

// Each case is a small file written by hand; the expected bars (DAY1, DAY2) are read off the text.
describe('parseOhlcvCsv: layouts', () => {
  // biome-ignore format: one line per case
  it.each<[string, string, Partial<CsvParseOptions>]>([
    ['named header', 'Date,Open,High,Low,Close,Volume|2024-01-02,10,11,9,10.5,100|2024-01-03,10.5,12,10,11.5,200', {}],
    ['no header: time, open, high, low, close, volume', '2024-01-02,10,11,9,10.5,100|2024-01-03,10.5,12,10,11.5,200', {}],
    ['pandas unnamed index column', ',Open,High,Low,Close,Volume|2024-01-02,10,11,9,10.5,100|2024-01-03,10.5,12,10,11.5,200', {}],
    ['other order, upper case', 'CLOSE,VOLUME,OPEN,LOW,HIGH,DATE|10.5,100,10,9,11,2024-01-02|11.5,200,10.5,10,12,2024-01-03', {}],
    ['semicolons, decimal commas', 'Date;Open;High;Low;Close;Volume|2024-01-02;10;11;9;10,5;100|2024-01-03;10,5;12;10;11,5;200', {}],
    ['tabs', 'Date\tOpen\tHigh\tLow\tClose\tVolume|2024-01-02\t10\t11\t9\t10.5\t100|2024-01-03\t10.5\t12\t10\t11.5\t200', {}],
    ['quoted fields', '"Date","Open","High","Low","Close","Volume"|"2024-01-02","10","11","9","10.5","100"|"2024-01-03","10.5","12","10","11.5","200"', {}],
    ['BOM, CRLF, blank lines', '\uFEFFDate,Open,High,Low,Close,Volume\r|\r|2024-01-02,10,11,9,10.5,100\r|2024-01-03,10.5,12,10,11.5,200\r|\r|', {}],
    ['separate Date and Time columns', 'Date,Time,Open,High,Low,Close,Volume|2024-01-02,00:00,10,11,9,10.5,100|2024-01-03,00:00,10.5,12,10,11.5,200', {}],
    ['no header, MetaTrader date and time', '2024.01.02,00:00,10,11,9,10.5,100|2024.01.03,00:00,10.5,12,10,11.5,200', {}],
    ['epoch seconds', 'time,open,high,low,close,volume|1704153600,10,11,9,10.5,100|1704240000,10.5,12,10,11.5,200', {}],
    ['epoch milliseconds', 'timestamp,open,high,low,close,volume|1704153600000,10,11,9,10.5,100|1704240000000,10.5,12,10,11.5,200', {}],
    ['LEAN YYYYMMDD HH:MM, no header', '20240102 00:00,10,11,9,10.5,100|20240103 00:00,10.5,12,10,11.5,200', {}],
    ['extra columns ignored', 'Date,Open,High,Low,Close,Volume,OpenInterest,SMA 3|2024-01-02,10,11,9,10.5,100,0,|2024-01-03,10.5,12,10,11.5,200,0,10.2', {}],
  ])('%s', (_, text, options) => expect(rows(text, options)).toEqual([DAY1, DAY2]));

  it('reports which column fed each field and which were ignored', () => {
    const { report } = parse(`${H},Adj Close,OpenInterest|2024-01-02,10,11,9,10.5,100,10.4,0`);
    expect([report.columns, report.ignoredColumns]).toEqual([
      { time: 'Date', open: 'Open', high: 'High', low: 'Low', close: 'Close', volume: 'Volume' },
      ['Adj Close', 'OpenInterest'],
    ]);
  });

  it.each([
    ['no volume column', 'Date,Open,High,Low,Close|2024-01-02,10,11,9,10.5'],
    ['an empty volume cell', `${H}|2024-01-02,10,11,9,10.5,`],
  ])('volume is NaN (Pine na) with %s', (_, text) => expect(parse(text).bars.volume[0]).toBeNaN());

  it('returns no bars and a warning for a header without rows', () => {
    const { bars, report } = parse('Date,Open,High,Low,Close|');
    expect([bars.length, report.warnings]).toEqual([0, ['line 1: no data rows after the header']]);
  });

  it('skips a header repeated by concatenated files', () => {
    const { bars, report } = parse(`${H}|2024-01-02,1,2,0.5,1.5,1|${H}|2024-01-03,1,2,0.5,1.5,1`);
    expect([bars.length, report.rows, report.warnings]).toEqual([
      2,
      2,
      ['line 3: repeated header row skipped'],
    ]);
  });
});

// Reference: US DST 2024 began 2024-03-10 02:00 EST; New York is UTC-5 before, UTC-4 after.
describe('parseOhlcvCsv: time zones', () => {
  const text = 'Datetime,Open,High,Low,Close|2024-03-08 09:30,1,1,1,1|2024-03-11 09:30,1,1,1,1';
  const times = (options: Partial<CsvParseOptions>) =>
    rows(text, { timeframe: HOURLY, ...options }).map((r) => r[0]);
  // biome-ignore format: one line per case
  it.each<[string, Partial<CsvParseOptions>, string[]]>([
    ['naive times in the timezone option', { timezone: 'America/New_York' }, ['2024-03-08T14:30:00.000Z', '2024-03-11T13:30:00.000Z']],
    ['naive times in the symbol zone', { symbol: symbolInfo('SPY', { timezone: 'America/New_York' }) }, ['2024-03-08T14:30:00.000Z', '2024-03-11T13:30:00.000Z']],
    ['naive times in UTC for a UTC symbol', {}, ['2024-03-08T09:30:00.000Z', '2024-03-11T09:30:00.000Z']],
    ['a fixed-offset zone', { timezone: 'UTC+3' }, ['2024-03-08T06:30:00.000Z', '2024-03-11T06:30:00.000Z']],
  ])('%s', (_, options, expected) => expect(times(options)).toEqual(expected));

  it('warns about a wall time the spring-forward jump skips, read with the earlier offset', () =>
    expect(
      parse('Datetime,Open,High,Low,Close|2024-03-10 02:30,1,1,1,1', {
        timezone: 'America/New_York',
      }).report.warnings,
    ).toEqual([
      'line 2: 2024-03-10 02:30 is skipped by a DST change in America/New_York; read as 2024-03-10T07:30:00.000Z',
    ]));

  it('ignores the zone for times that carry an offset', () =>
    expect(
      rows('Datetime,Open,High,Low,Close|2024-03-11T09:30:00-04:00,1,1,1,1', {
        timezone: 'Asia/Tokyo',
      })[0]![0],
    ).toBe('2024-03-11T13:30:00.000Z'));

  it('rejects an unknown zone before reading', () =>
    expect(() => parse(`${H}|2024-01-02,1,1,1,1,1`, { timezone: 'Mars/Olympus' })).toThrow(
      'unknown time zone "Mars/Olympus"',
    ));
});

describe('parseOhlcvCsv: order and duplicates', () => {
  // biome-ignore format: one line per case
  it.each<[string, string, (string | number)[][], Record<string, unknown>]>([
    ['newest first is sorted', `${H}|2024-01-03,10.5,12,10,11.5,200|2024-01-02,10,11,9,10.5,100`, [DAY1, DAY2], { reordered: true, duplicates: 0, conflictingDuplicates: 0, rows: 2, bars: 2 }],
    ['an identical repeat is dropped', `${H}|2024-01-02,10,11,9,10.5,100|2024-01-03,10.5,12,10,11.5,200|2024-01-03,10.5,12,10,11.5,200`, [DAY1, DAY2], { reordered: false, duplicates: 1, conflictingDuplicates: 0, rows: 3, bars: 2 }],
    ['a conflicting repeat replaces the earlier row', `${H}|2024-01-02,10,11,9,10.5,100|2024-01-03,1,1,1,1,1|2024-01-03,10.5,12,10,11.5,200`, [DAY1, DAY2], { reordered: false, duplicates: 1, conflictingDuplicates: 1, rows: 3, bars: 2 }],
    ['unsorted with a repeat: file order decides', `${H}|2024-01-03,1,1,1,1,1|2024-01-02,10,11,9,10.5,100|2024-01-03,10.5,12,10,11.5,200`, [DAY1, DAY2], { reordered: true, duplicates: 1, conflictingDuplicates: 1, rows: 3, bars: 2 }],
    ['missing volumes count as equal', `${H}|2024-01-02,10,11,9,10.5,|2024-01-02,10,11,9,10.5,`, [[DAY1[0]!, 10, 11, 9, 10.5, Number.NaN]], { duplicates: 1, conflictingDuplicates: 0, bars: 1 }],
  ])('%s', (_, text, expected, report) => {
    expect(rows(text)).toEqual(expected);
    expect(parse(text).report).toMatchObject(report);
  });

  it('warns where a conflicting repeat won', () =>
    expect(
      parse(`${H}|2024-01-03,1,1,1,1,1|2024-01-03,10.5,12,10,11.5,200`).report.warnings,
    ).toEqual([
      'line 3: time 2024-01-03T00:00:00.000Z repeats line 2 with other values; this later row is kept',
    ]));
});

describe('parseOhlcvCsv: inconsistent prices are warnings, not errors', () => {
  it.each([
    ['2024-01-02,10,10.5,9,10.7,1', 'line 2: high 10.5 is below close 10.7'],
    ['2024-01-02,10,9,9.5,9,1', 'line 2: high 9 is below low 9.5'],
    ['2024-01-02,11,10.5,9,10,1', 'line 2: high 10.5 is below open 11'],
    ['2024-01-02,9,11,9.5,10,1', 'line 2: low 9.5 is above open 9'],
    ['2024-01-02,10,11,9.5,9,1', 'line 2: low 9.5 is above close 9'],
    ['2024-01-02,10,11,9,10,-5', 'line 2: volume -5 is negative'],
  ])('%s', (row, warning) => expect(parse(`${H}|${row}`).report.warnings).toEqual([warning]));

  it(`keeps ${MAX_WARNINGS} warnings and counts the rest`, () => {
    const body = Array.from(
      { length: MAX_WARNINGS + 7 },
      (_, i) => `${1_700_000_000 + i * 60},10,9,11,10`,
    );
    const { warnings } = parse(['time,open,high,low,close', ...body].join('|')).report;
    expect([warnings.length, warnings.at(-1)]).toEqual([MAX_WARNINGS + 1, '… and 7 more warnings']);
  });
});

describe('parseOhlcvCsv: errors name file, physical line and column', () => {
  const good = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `|2024-02-${String(i + 1).padStart(2, '0')},10,11,9,10.5,100`,
    ).join('');
  // biome-ignore format: one line per case
  it.each<[string, string, { message: string; line: number; column?: string }]>([
    ['a broken row 17', `${H}${good(15)}|2024-03-01,10,11${good(3)}`, { message: 't.csv:17: expected 6 fields as in the header, found 3', line: 17 }],
    ['a bad price', `${H}${good(15)}|2024-03-01,10,11,9,abc,100`, { message: 't.csv:17: cannot read "abc" as a price in column Close', line: 17, column: 'Close' }],
    ['an empty price', `${H}|2024-03-01,,11,9,10,100`, { message: 't.csv:2: cannot read "" as a price in column Open', line: 2, column: 'Open' }],
    ['a bad volume', `${H}|2024-03-01,10,11,9,10,lots`, { message: 't.csv:2: cannot read "lots" as a volume in column Volume', line: 2, column: 'Volume' }],
    ['a bad date after a blank line', 'Date,Open,High,Low,Close||2024-02-30,10,11,9,10', { message: 't.csv:3: cannot read "2024-02-30" as a date/time in column Date', line: 3, column: 'Date' }],
    ['a day-first date', 'Date,Open,High,Low,Close|25/12/2024,10,11,9,10', { message: 't.csv:2: cannot read "25/12/2024" as a date/time in column Date (month-first date with a month above 12; day-first files need dayFirst)', line: 2, column: 'Date' }],
    ['a missing close column', 'Date,Open,High,Low,Volume|2024-03-01,10,11,9,100', { message: 't.csv:1: no close column among: Date, Open, High, Low, Volume', line: 1 }],
    ['a bad price without a header', '2024-03-01,10,11,9,x', { message: 't.csv:1: cannot read "x" as a price in column #5', line: 1, column: '#5' }],
    ['a date with a time beside a Time column', 'Date,Time,Open,High,Low,Close|2024-03-01 10:00,10:00,1,1,1,1', { message: 't.csv:2: cannot read "2024-03-01 10:00" as a date without a time of day in column Date', line: 2, column: 'Date' }],
    ['an empty text', '', { message: 't.csv:1: no data: the text is empty', line: 1 }],
  ])('%s', (_, text, expected) => expect(errorOf(text)).toEqual({ column: undefined, ...expected }));

  it('reads day-first dates when told', () =>
    expect(rows('Date,Open,High,Low,Close|25/12/2024,10,11,9,10', { dayFirst: true })[0]![0]).toBe(
      '2024-12-25T00:00:00.000Z',
    ));

  it('names <csv> when no source is given', () =>
    expect(() =>
      parseOhlcvCsv('Date,Open\n', { symbol: symbolInfo('X'), timeframe: DAILY }),
    ).toThrow('<csv>:1: no high column'));
});

describe('parseOhlcvCsv: progress', () => {
  it('reports every 65,536 lines and once at the end', () => {
    const body = Array.from({ length: 140_000 }, (_, i) => `${1_600_000_000 + i * 60},1,1,1,1`);
    const calls: [number, number][] = [];
    parse(body.join('|'), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [65_536, 140_000],
      [131_072, 140_000],
      [140_000, 140_000],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { TimeReader, validDate } from './parse-time.ts';

const utc = (iso: string) => Date.parse(iso.endsWith('Z') ? iso : `${iso}Z`);
const read = (cell: string, dayFirst = false) => {
  const reader = new TimeReader(dayFirst);
  const ms = reader.read(cell, 0, cell.length);
  return { ms, absolute: reader.absolute };
};

// Naive cells come back as wall-clock ms "as if UTC"; the expected values are computed with
// Date.parse on the same instant written in ISO 8601 (ECMAScript Date Time String Format).
describe('TimeReader.read: naive wall-clock times', () => {
  it.each([
    ['2004-08-19', '2004-08-19T00:00:00', 'pandas date index (backtesting.py GOOG.csv)'],
    ['2017-04-19 09:00:00', '2017-04-19T09:00:00', 'pandas datetime (backtesting.py EURUSD.csv)'],
    ['2024-01-15T09:30', '2024-01-15T09:30:00', 'ISO 8601 without seconds'],
    ['2024-01-15t09:30:05', '2024-01-15T09:30:05', 'lower-case t'],
    ['2024-01-15 09:30:05.123', '2024-01-15T09:30:05.123', 'milliseconds'],
    ['2024-01-15 09:30:05.123456', '2024-01-15T09:30:05.123', 'microseconds truncated'],
    ['2024-01-15  9:30', '2024-01-15T09:30:00', 'two spaces, one-digit hour'],
    ['2024/01/15', '2024-01-15T00:00:00', 'slashes, year first'],
    ['2024.01.15 23:59', '2024-01-15T23:59:00', 'MetaTrader dots'],
    ['2024-1-5', '2024-01-05T00:00:00', 'one-digit month and day'],
    ['20131001', '2013-10-01T00:00:00', 'LEAN daily YYYYMMDD'],
    ['20131001 09:31', '2013-10-01T09:31:00', 'LEAN YYYYMMDD HH:MM'],
    ['20131001 09:31:15', '2013-10-01T09:31:15', 'LEAN YYYYMMDD HH:MM:SS'],
    ['1/16/2013 12:00:00 AM', '2013-01-16T00:00:00', 'LEAN test data, midnight is 12 AM'],
    ['1/12/2015 1:02:41 PM', '2015-01-12T13:02:41', 'LEAN spy_atr_wilder.txt last row'],
    ['12/31/2014 12:30 pm', '2014-12-31T12:30:00', 'noon is 12 PM'],
    ['03.01.2024 00:00:00.000', '2024-01-03T00:00:00', 'Dukascopy day-first dots'],
    [' 2024-02-29 ', '2024-02-29T00:00:00', 'leap day, spaces trimmed'],
  ])('%j → %s (%s)', (cell, iso) => expect(read(cell)).toEqual({ ms: utc(iso), absolute: false }));

  it('reads M/D/YYYY day-first when asked', () =>
    expect(read('5/1/2024', true).ms).toBe(utc('2024-01-05T00:00:00')));
});

describe('TimeReader.read: instants with an offset (RFC 3339)', () => {
  it.each([
    ['2024-01-15T09:30:00Z', '2024-01-15T09:30:00Z'],
    ['2024-01-15T09:30:00.250Z', '2024-01-15T09:30:00.250Z'],
    ['2024-01-15 09:30:00+00:00', '2024-01-15T09:30:00Z'],
    ['2024-01-15 09:30:00-05:00', '2024-01-15T14:30:00Z'],
    ['2024-01-15T09:30:00+0530', '2024-01-15T04:00:00Z'],
    ['2024-01-15T09:30+01', '2024-01-15T08:30:00Z'],
    ['2024-01-15 09:30:00 UTC', '2024-01-15T09:30:00Z'],
    ['03.01.2024 00:00:00.000 GMT+0100', '2024-01-02T23:00:00Z'],
  ])('%j → %s', (cell, iso) => expect(read(cell)).toEqual({ ms: Date.parse(iso), absolute: true }));
});

// Unit by magnitude: |v| < 1e11 seconds, < 1e14 ms, < 1e17 µs, else ns (see parse-time.ts).
describe('TimeReader.read: epoch numbers', () => {
  it.each([
    ['1704067200', '2024-01-01T00:00:00Z', 'seconds'],
    ['1704067200.5', '2024-01-01T00:00:00.500Z', 'fractional seconds'],
    ['1704067200000', '2024-01-01T00:00:00Z', 'milliseconds (ccxt, Binance klines)'],
    ['1704067200000000', '2024-01-01T00:00:00Z', 'microseconds'],
    ['1704067200000000000', '2024-01-01T00:00:00Z', 'nanoseconds (pandas int64)'],
    ['99999999999', '5138-11-16T09:46:39Z', 'largest value read as seconds'],
    ['100000000000', '1973-03-03T09:46:40Z', 'smallest value read as milliseconds'],
    ['86400', '1970-01-02T00:00:00Z', 'small values are seconds'],
    ['-86400', '1969-12-31T00:00:00Z', 'before 1970'],
    ['20241399', '1970-08-23T06:36:39Z', 'eight digits that are no calendar date are seconds'],
  ])('%s → %s (%s)', (cell, iso) =>
    expect(read(cell)).toEqual({ ms: Date.parse(iso), absolute: true }),
  );
});

describe('TimeReader.read: refused cells', () => {
  it.each([
    ['', 'empty'],
    ['abc', 'text'],
    ['2024-13-01', 'month 13'],
    ['2023-02-29', 'not a leap year'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-01-15 24:00', 'hour 24'],
    ['2024-01-15 09:60', 'minute 60'],
    ['2024-01-15 09:30:61', 'second 61'],
    ['2024-01-15 13:00 PM', 'hour 13 with PM'],
    ['2024-01-15 09:30 +5', 'one-digit offset'],
    ['2024-01-15X', 'junk after the date'],
    ['2024-01-15 09:30 EST', 'zone abbreviations are ambiguous'],
    ['13/01/2024', 'month-first with month 13'],
    ['1/1/24', 'two-digit year'],
    ['1e9', 'exponent'],
  ])('%j (%s)', (cell) => expect(read(cell).ms).toBeNaN());

  it('explains a day-first date read month-first', () => {
    const reader = new TimeReader();
    expect(reader.read('13/01/2024', 0, 10)).toBeNaN();
    expect(reader.hint).toContain('dayFirst');
  });
});

describe('TimeReader.readTimeOfDay (separate Date and Time columns)', () => {
  it.each([
    ['09:30', 9.5 * 3_600_000],
    ['9:30:15', 9 * 3_600_000 + 30 * 60_000 + 15_000],
    ['0930', 9.5 * 3_600_000],
    ['093015', 9 * 3_600_000 + 30 * 60_000 + 15_000],
    ['12:00:00 AM', 0],
    ['1:02:41 PM', 13 * 3_600_000 + 2 * 60_000 + 41_000],
    ['23:59:59.999', 86_399_999],
  ])('%s → %s ms', (cell, ms) =>
    expect(new TimeReader().readTimeOfDay(cell, 0, cell.length)).toBe(ms),
  );

  it.each(['24:00', '2400', '09:30Z', '2024-01-15', '930'])('refuses %j', (cell) =>
    expect(new TimeReader().readTimeOfDay(cell, 0, cell.length)).toBeNaN(),
  );
});

// Reference: Gregorian leap-year rule (divisible by 4, except centuries not divisible by 400).
describe('validDate', () => {
  it.each([
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2024, 12, 31, true],
    [2024, 11, 31, false],
    [999, 1, 1, false],
  ])('%i-%i-%i → %s', (y, m, d, ok) => expect(validDate(y, m, d)).toBe(ok));
});

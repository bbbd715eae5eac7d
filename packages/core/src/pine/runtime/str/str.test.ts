import { describe, expect, it } from 'vitest';
import { PineArray } from '../array/pine-array.ts';
import { PineMatrix } from '../matrix/pine-matrix.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { Str } from './str.ts';

const str = new Str({ mintick: 0.01, timezone: 'America/New_York' });

describe('str.tostring (reference manual and user manual, Strings)', () => {
  it.each([
    // Default format '#.##########': 1.0 has no fractional digits to show.
    [1.0, undefined, '1'],
    // 0.1 + 0.2 = 0.30000000000000004, rounded to ten decimals: 0.3000000000 → "0.3".
    [0.1 + 0.2, undefined, '0.3'],
    // 1/3 with ten optional decimals: 0.3333333333.
    [1 / 3, undefined, '0.3333333333'],
    // Reference remarks: str.tostring(3.99, '#') is "4"; '0' instead of '#' shows trailing zeros.
    [3.99, '#', '4'],
    [3.99, '#.000', '3.990'],
    // User manual: "000000" pads with leading zeros; "0000,000.##" groups by three.
    [123.456, '000000', '000123'],
    [1234567.891, '0000,000.##', '1,234,567.89'],
    // "%" at the end multiplies by 100: 0.012345 → 1.2345 → "#.####%" → "1.2345%".
    [0.012345, '#.####%', '1.2345%'],
    // format.mintick with mintick 0.01: 1.23456 → 1.23, with trailing zeros; 2 → "2.00".
    [1.23456, 'mintick', '1.23'],
    [2, 'mintick', '2.00'],
    // format.percent: the value itself with two decimals and "%": 12.3456 → "12.35%".
    [12.3456, 'percent', '12.35%'],
    // format.volume: K for thousands, M for millions (user manual).
    [1234, 'volume', '1.23K'],
    [2_500_000, 'volume', '2.5M'],
  ])('str.tostring(%s, %s) = %s', (value, format, expected) => {
    expect(str.tostring(value, format)).toBe(expected);
  });

  it('prints na as "NaN", bools as true/false, strings as they are', () => {
    expect(str.tostring(Number.NaN)).toBe('NaN');
    expect(str.tostring(null)).toBe('NaN');
    expect(str.tostring(true)).toBe('true');
    expect(str.tostring('abc')).toBe('abc');
  });

  it('rounds the shortest decimal half-up: 2.675 with "#.##" is 2.68', () => {
    // The double nearest 2.675 is 2.67499999…; TradingView prints from the digits "2.675".
    expect(str.tostring(2.675, '#.##')).toBe('2.68');
  });

  it('formats arrays element by element (user manual: "#.##" on an array of prices)', () => {
    expect(str.tostring(PineArray.of([1.234, 5, 6.789]), '#.##')).toBe('[1.23, 5, 6.79]');
    expect(str.tostring(str.split('a b', ' '))).toBe('[a, b]');
  });

  it('formats a matrix one bracketed row per line (user manual: "#.0000" on a 2x2 matrix)', () => {
    const m = new PineMatrix(2, 2, [1, 2, 3, 4.5], Number.NaN);
    expect(str.tostring(m, '#.0000')).toBe('[1.0000, 2.0000]\n[3.0000, 4.5000]');
  });

  it('format.mintick follows the symbol: mintick 0.25 rounds 10.3 to 10.25', () => {
    const futures = new Str({ mintick: 0.25, timezone: 'UTC' });
    expect(futures.tostring(10.3, 'mintick')).toBe('10.25');
  });
});

describe('str.format (reference manual examples)', () => {
  it.each([
    ['{0,number,#.#}', [1.34], '1.3'],
    ['{0,number,integer}', [1.34], '1'],
    ['{0,number,currency}', [1.34], '$1.34'],
    ['{0,number,percent}', [0.5], '50%'],
    ['Number {0} is not {1} to {2}', [1, 'equal', 4], 'Number 1 is not equal to 4'],
    ['{0} != {0, number, #.#}', [1.34], '1.34 != 1.3'],
    [
      '{0, number, integer} is equal to 1, but {1, number, integer} is equal to 2',
      [1.34, 1.52],
      '1 is equal to 1, but 2 is equal to 2',
    ],
    [
      'The cash turnover amounted to {0, number, currency}',
      [1340000],
      'The cash turnover amounted to $1,340,000.00',
    ],
    [
      'Expected return is {0, number, percent} - {1, number, percent}',
      [0.1, 0.2],
      'Expected return is 10% - 20%',
    ],
    // User manual: "The timeframe multiplier is {0}" with 1 on a 1D chart.
    ['The timeframe multiplier is {0}', [1], 'The timeframe multiplier is 1'],
  ])('str.format(%j, …) = %j', (pattern, args, expected) => {
    expect(str.format(pattern, ...args)).toBe(expected);
  });

  it('uses "#,###.###" by default, and Java rounding on the exact double', () => {
    // Grouping by three, up to three decimals: 1234567.25 → "1,234,567.25".
    expect(str.format('{0}', 1234567.25)).toBe('1,234,567.25');
    // The double nearest 2.675 is 2.67499999999999982236…, so DecimalFormat gives 2.67, where
    // str.tostring (rounding the digits "2.675") gives 2.68.
    expect(str.format('{0,number,#.##}', 2.675)).toBe('2.67');
    // 0.125 is exact, a tie: HALF_EVEN keeps 2 → "0.12".
    expect(str.format('{0,number,#.##}', 0.125)).toBe('0.12');
  });

  it('treats apostrophes as quotes (user manual, "Formatting strings")', () => {
    expect(str.format("'{0}' is {0}", 'x')).toBe('{0} is x');
    expect(str.format("It''s {0}", 'ok')).toBe("It's ok");
    // The manual's repeating-sequences demo builds a pattern with quoted braces.
    expect(str.format("'{'0,number,{0}'}'", '0.00')).toBe('{0,number,0.00}');
  });

  it('keeps a placeholder without an argument literally, and fails on unbalanced braces', () => {
    expect(str.format('a {20} b', 1)).toBe('a {20} b');
    expect(() => str.format('ab {0 de', 1)).toThrow(PineRuntimeError);
    // "ab }{0} de" is valid (reference remarks).
    expect(str.format('ab }{0} de', 1)).toBe('ab }1 de');
  });

  it('formats dates in UTC: the ISO form from the user manual', () => {
    // 2024-03-08 14:30:05 UTC.
    const t = Date.UTC(2024, 2, 8, 14, 30, 5);
    expect(str.format('{0,date,yyyy-MM-dd}T{0,time,HH:mm:ssZ}', t)).toBe(
      '2024-03-08T14:30:05+0000',
    );
  });
});

describe('str.format_time (reference tokens)', () => {
  // 2024-01-05 14:07:09.045 UTC = 09:07:09 in New York (EST, UTC-5), a Friday.
  const t = Date.UTC(2024, 0, 5, 14, 7, 9, 45);

  it('defaults to ISO 8601 in the exchange time zone', () => {
    expect(str.format_time(t)).toBe('2024-01-05T09:07:09-0500');
  });

  it.each([
    ['yyyy-MM-dd HH:mm', 'UTC', '2024-01-05 14:07'],
    ['dd/MM/yy', 'UTC', '05/01/24'],
    ['MMMM dd, yyyy', 'UTC', 'January 05, 2024'],
    ['hh:mm:ss.SSS a', 'UTC', '02:07:09.045 PM'],
    ['EEEE E', 'UTC', 'Friday Fri'],
    // Day 5 of the year; Jan 1 2024 is a Monday, so Sunday-first week 1 is Dec 31 – Jan 6.
    ["'Day' D, 'Week' w", 'UTC', 'Day 5, Week 1'],
    ['HH:mm Z', 'GMT+0530', '19:37 +0530'],
    ['HH:mm Z', 'UTC+05:30', '19:37 +0530'],
    ['HH:mm z', 'America/New_York', '09:07 EST'],
  ])('%s in %s', (format, timezone, expected) => {
    expect(str.format_time(t, format, timezone)).toBe(expected);
  });

  it('rejects an unknown time zone', () => {
    expect(() => str.format_time(t, 'HH', 'Mars/Olympus')).toThrow(PineRuntimeError);
  });
});

describe('str search and edit functions (reference and user manual examples)', () => {
  it('contains / startswith / endswith; an empty substring always matches', () => {
    expect(str.contains('BTC1!', '!')).toBe(true);
    expect(str.startswith('NASDAQ:AAPL', 'NASDAQ')).toBe(true);
    expect(str.endswith('NASDAQ:AAPL', 'AAPL')).toBe(true);
    expect(str.contains('abc', '')).toBe(true);
  });

  it('pos and substring: the ticker after ":" (reference str.substring example)', () => {
    const sym = 'NASDAQ:AAPL';
    const p = str.pos(sym, ':');
    expect(p).toBe(6);
    expect(str.substring(sym, p + 1)).toBe('AAPL');
    expect(str.substring('TradingView', 0, 7)).toBe('Trading');
    expect(str.pos('abc', 'x')).toBeNaN();
    expect(() => str.substring('abc', 2, 1)).toThrow(PineRuntimeError);
  });

  it('replace: N-th occurrence from 0 (reference: "FTX:BTCUSD / FTX:BTCEUR")', () => {
    expect(str.replace('FTX:BTCUSD / FTX:BTCEUR', 'FTX', 'BINANCE', 0)).toBe(
      'BINANCE:BTCUSD / FTX:BTCEUR',
    );
    // User manual: the second "o" of "Hello world!" becomes "0"; "H " twice does not exist.
    expect(str.replace('Hello world!', 'o', '0', 1)).toBe('Hello w0rld!');
    expect(str.replace('Hello world!', 'H ', '_', 1)).toBe('Hello world!');
  });

  it('replace_all with an empty target fills every boundary (user manual demo)', () => {
    const filled = str.replace_all('012345', '', '}\n{');
    const pattern = str.replace(str.replace(filled, '}\n', ''), '\n{', '', 5);
    expect(pattern).toBe('{0}\n{1}\n{2}\n{3}\n{4}\n{5}');
    expect(str.replace_all('Hello world!', 'l', '1')).toBe('He11o wor1d!');
  });

  it('repeat, trim, upper, lower, length (reference examples)', () => {
    expect(str.repeat('?', 3, ',')).toBe('?,?,?');
    expect(str.repeat('?', 0)).toBe('');
    expect(str.trim('    abc    ')).toBe('abc');
    expect(str.trim('\n\n\t\tABC DEF\t \n\n ')).toBe('ABC DEF');
    expect(str.upper('Hello World!')).toBe('HELLO WORLD!');
    expect(str.lower('HELLO')).toBe('hello');
    // ASCII only: "é" keeps its case.
    expect(str.upper('é')).toBe('é');
    expect(str.length('abc')).toBe(3);
  });

  it('split, including the empty separator', () => {
    expect(str.split('a,b,,c', ',').toArray()).toEqual(['a', 'b', '', 'c']);
    expect(str.split('0123456789abcdef', '').size).toBe(16);
    expect(str.split('', ',').toArray()).toEqual(['']);
  });

  it('tonumber accepts digits, a sign and one period only (user manual tip)', () => {
    expect(str.tonumber('1234.50')).toBe(1234.5);
    expect(str.tonumber('-7')).toBe(-7);
    expect(str.tonumber('$1,234.50')).toBeNaN();
    expect(str.tonumber('1e5')).toBeNaN();
  });

  it('match returns the first occurrence (reference: "[\\w]+:[\\w]+")', () => {
    expect(str.match("It's time to sell some NASDAQ:AAPL!", '[\\w]+:[\\w]+')).toBe('NASDAQ:AAPL');
    expect(str.match('abc', '\\d+')).toBe('');
    // (?i) makes the match case-insensitive (regex syntax reference).
    expect(str.match('xAy', '(?i)a')).toBe('A');
    // \Q…\E quotes special characters literally.
    expect(str.match('a[^abc]b', '\\Q[^abc]\\E')).toBe('[^abc]');
    // \x{61} is "a".
    expect(str.match('cab', '\\x{61}b')).toBe('ab');
  });

  it('validates a symbol list with the user manual regex', () => {
    const pattern =
      '^ *(?:(?:\\w+:)?\\w+(?:\\.\\w+){0,2}!? *, *)*(?:\\w+:)?\\w+(?:\\.\\w+){0,2}!? *$';
    expect(str.match('AAPL, NASDAQ:MSFT,BTC1!', pattern)).toBe('AAPL, NASDAQ:MSFT,BTC1!');
    expect(str.match('AAPL,,MSFT', pattern)).toBe('');
  });
});

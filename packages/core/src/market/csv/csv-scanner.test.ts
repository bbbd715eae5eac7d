import { describe, expect, it } from 'vitest';
import { CsvScanner } from './csv-scanner.ts';
import { COMMA, detectDelimiter, SEMICOLON, TAB } from './detect-delimiter.ts';

/** Every record as [line, fields]. */
function records(text: string, delimiter = COMMA): [number, string[]][] {
  const scanner = new CsvScanner(text, delimiter, 't.csv');
  const out: [number, string[]][] = [];
  while (scanner.next()) out.push([scanner.line, scanner.fields()]);
  return out;
}

// Reference: RFC 4180 §2 (records, optional quotes, "" as an escaped quote, line breaks in quotes).
describe('CsvScanner', () => {
  // biome-ignore format: one line per case
  it.each<[string, string, [number, string[]][]]>([
    ['LF', 'a,b\n1,2\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['CRLF', 'a,b\r\n1,2\r\n', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['lone CR (classic Mac)', 'a,b\r1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['no final line break', 'a,b\n1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['BOM', '\uFEFFa,b\n1,2', [[1, ['a', 'b']], [2, ['1', '2']]]],
    ['blank lines keep physical numbers', '\na,b\n\n  \n1,2\n\n', [[2, ['a', 'b']], [5, ['1', '2']]]],
    ['empty fields', ',b,\n', [[1, ['', 'b', '']]]],
    ['quoted fields', '"a","b,c"\n', [[1, ['a', 'b,c']]]],
    ['escaped quote', '"say ""hi""",2\n', [[1, ['say "hi"', '2']]]],
    ['line break inside quotes', '"x\ny",1\n2,3\n', [[1, ['x\ny', '1']], [3, ['2', '3']]]],
    ['spaces around quotes', ' "a" ,b\n', [[1, ['a', 'b']]]],
    ['quote inside an unquoted field', 'a"b,c\n', [[1, ['a"b', 'c']]]],
    ['CRLF with a quoted line', 'a,b\r\n"1",2\r\n3,4\r\n', [[1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']]]],
    ['CR inside a line falls back to the general path', 'a,b\n1,2\r3,4\n', [[1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']]]],
  ])('%s', (_, text, expected) => expect(records(text)).toEqual(expected));

  it('splits on tabs and semicolons', () => {
    expect(records('a\tb\n1\t2', TAB)).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(records('a;b\n1,5;2', SEMICOLON)).toEqual([
      [1, ['a', 'b']],
      [2, ['1,5', '2']],
    ]);
  });

  it('grows past 16 fields', () => {
    const row = Array.from({ length: 40 }, (_, i) => `f${i}`);
    expect(records(row.join(','))).toEqual([[1, row]]);
  });

  it.each([
    [
      'an unclosed quote, at its line',
      'a,b\n"1,2\n3,4\n',
      't.csv:2: a quoted field is never closed',
    ],
    [
      'text after a closing quote',
      'a,b\n"1"x,2\n',
      't.csv:2: unexpected text after a closing quote',
    ],
  ])('throws for %s', (_, text, message) => expect(() => records(text)).toThrow(message));
});

describe('detectDelimiter', () => {
  it.each([
    ['Date,Open,High,Low,Close', COMMA],
    ['Date;Open;High;Low;Close', SEMICOLON],
    ['Date\tOpen\tHigh\tLow\tClose', TAB],
    ['20240101;1,5;1,6;1,4;1,5', SEMICOLON], // decimal commas tie: semicolon wins
    ['"a;b",c,d', COMMA], // separators inside quotes do not count
    ['\n\nDate;Open', SEMICOLON], // leading blank lines skipped
    ['single', COMMA],
  ])('%j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});

import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-number.ts';

const read = (cell: string, decimalComma = false) =>
  parseDecimal(cell, 0, cell.length, decimalComma);

// Reference: ECMAScript StringToNumber (what `Number(text)` returns), which is correctly rounded.
describe('parseDecimal agrees with Number() on decimal text', () => {
  it.each([
    '100',
    '104.06',
    '95.96',
    '0.1',
    '0.3',
    '1.07219',
    '-0.5',
    '+2.5',
    '.5',
    '7.',
    '0',
    '22351900',
    '123456789012345', // 15 digits: the fast path's limit
    '1234567890123456789', // beyond it: slow path
    '0.000000000000000000000001234',
    '2.57E+08', // LEAN spy_with_indicators.txt OBV column
    '6.85e9',
    '9007199254740993',
    '1.7976931348623157e308',
  ])('%s', (cell) => expect(Object.is(read(cell), Number(cell))).toBe(true));

  it('keeps the sign of -0 as Number() does', () => expect(Object.is(read('-0'), -0)).toBe(true));

  it('round-trips 20,000 shortest decimal strings of random doubles with ≤ 15 digits', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const x = Number((random() * 10 ** Math.floor(random() * 8)).toPrecision(1 + (i % 15)));
      expect(read(String(x))).toBe(x);
    }
  });
});

describe('parseDecimal edges', () => {
  it.each([
    ['  12.5 ', 12.5, 'spaces around a cell are ignored'],
    ['\t3\t', 3, 'tabs too'],
    ['', Number.NaN, 'empty cell'],
    ['   ', Number.NaN, 'blank cell'],
    ['abc', Number.NaN, 'text'],
    ['0x10', Number.NaN, 'Number() reads hex; prices are decimal'],
    ['Infinity', Number.NaN, 'Number() reads Infinity; not a price'],
    ['1.2.3', Number.NaN, 'two points'],
    ['-', Number.NaN, 'a lone sign'],
    ['.', Number.NaN, 'a lone point'],
    ['1,5', Number.NaN, 'a comma without decimalComma'],
    ['1 000', Number.NaN, 'a space inside'],
  ])('%j → %s (%s)', (cell, expected) => expect(read(cell)).toBe(expected));

  it.each([
    ['1,5', 1.5],
    ['1,07219', 1.07219],
    ['-0,25', -0.25],
  ])('decimal comma %s → %s (semicolon-separated European exports)', (cell, expected) =>
    expect(read(cell, true)).toBe(expected),
  );

  it('reads only the given range of a longer text', () =>
    expect(parseDecimal('2004-08-19,100,104.06', 15, 21)).toBe(104.06));
});

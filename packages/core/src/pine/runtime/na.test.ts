import { describe, expect, it } from 'vitest';
import { Fixnan, FixnanRef, intDiv, mod, na, nz, nzRef, toBool, toInt } from './na.ts';

// Reference: TradingView Pine v6 reference — na(), nz(), fixnan(), int(), operators / and %.
describe('na rules', () => {
  it.each([
    [Number.NaN, true],
    [0, false],
    [null, true],
    ['', false],
    [false, false],
    [[], false],
  ] as const)('na(%j) is %s', (x, expected) => {
    expect(na(x)).toBe(expected);
  });

  it('arithmetic with na gives na and comparisons with na are false (IEEE NaN, Pine na)', () => {
    const x = Number.NaN;
    expect(x + 1).toBeNaN();
    expect(x * 0).toBeNaN();
    const y = Number.NaN;
    expect([x > 1, x < 1, x >= 1, x <= 1, x === y]).toEqual([false, false, false, false, false]);
  });

  it.each([
    [Number.NaN, undefined, 0],
    [Number.NaN, 5, 5],
    [3, 5, 3],
    [0, 5, 0],
  ] as const)('nz(%s, %s) = %s', (x, r, expected) => {
    expect(r === undefined ? nz(x) : nz(x, r)).toBe(expected);
  });

  it('nz for references replaces only null', () => {
    expect(nzRef<string>(null, 'x')).toBe('x');
    expect(nzRef('', 'x')).toBe('');
  });

  it('fixnan carries the last non-na value forward, na before the first (reference fixnan)', () => {
    const f = new Fixnan();
    expect([Number.NaN, 1, Number.NaN, Number.NaN, 2, Number.NaN].map((x) => f.next(x))).toEqual([
      Number.NaN,
      1,
      1,
      1,
      2,
      2,
    ]);
    const g = new FixnanRef<string>();
    expect([null, 'a', null].map((x) => g.next(x))).toEqual([null, 'a', 'a']);
  });

  it.each([
    [true, true],
    [false, false],
    [null, false],
    [Number.NaN, false],
    [2, true],
    [0, false],
  ] as const)('Pine v6 bool conversion of %s is %s', (x, expected) => {
    expect(toBool(x)).toBe(expected);
  });

  it.each([
    [7, 2, 3],
    [-7, 2, -3],
    [7, 0, Number.NaN],
  ])('int division %s / %s truncates toward zero: %s', (a, b, expected) => {
    expect(intDiv(a, b)).toBe(expected);
  });

  it.each([
    [-1, 9, -1],
    [7, 3, 1],
    [-7, 3, -1],
    [5.5, 2, 1.5],
  ])('%s %% %s = %s (reference: "-1 % 9 = -1", sign of the dividend)', (a, b, expected) => {
    expect(mod(a, b)).toBe(expected);
  });

  it('int() truncates and keeps na', () => {
    expect([toInt(2.9), toInt(-2.9)]).toEqual([2, -2]);
    expect(toInt(Number.NaN)).toBeNaN();
  });
});

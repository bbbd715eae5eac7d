import { describe, expect, it } from 'vitest';
import * as m from './math.ts';

const FUNCTIONS: Record<string, (x: number) => number> = {
  sin: m.sin,
  cos: m.cos,
  tan: m.tan,
  exp: m.exp,
  log: m.log,
  log10: m.log10,
  atan: m.atan,
  asin: m.asin,
  acos: m.acos,
  sqrt: m.sqrt,
  todegrees: m.todegrees,
  toradians: m.toradians,
};

import { MathRandom } from './random.ts';
import { MathSum } from './sum.ts';

// Reference values: printed by Java 17 (OpenJDK 17.0.15) `StrictMath`, i.e. fdlibm, which
// TradingView's transcendental functions follow (TRADINGVIEW-SEMANTICS.md, "Numbers").
const STRICT_MATH: [name: string, x: number, expected: number][] = [
  ['sin', 1, 0.8414709848078965],
  ['sin', Math.PI, 1.2246467991473532e-16],
  ['sin', 1e22, -0.8522008497671888],
  ['cos', 0.5, 0.8775825618903728],
  ['cos', 1e22, 0.523214785395139],
  ['tan', 1, 1.5574077246549023],
  ['tan', 100, -0.5872139151569291],
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: fdlibm's exp(1), one ulp above Math.E
  ['exp', 1, 2.7182818284590455],
  ['exp', 0.5, 1.6487212707001282],
  ['exp', -3.7, 0.024723526470339388],
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: the printed StrictMath value
  ['log', 0.1, -2.3025850929940455],
  ['log', 710, 6.565264970035361],
  ['log10', 710, 2.8512583487190755],
  ['atan', 0.1, 0.09966865249116204],
  ['asin', 0.5, 0.5235987755982989],
  ['acos', 0.5, 1.0471975511965979],
  ['sqrt', 0.1, 0.31622776601683794],
  ['todegrees', 1, 57.29577951308232],
  ['toradians', 180, Math.PI],
];

describe('math.* transcendental functions match Java StrictMath (fdlibm) bit for bit', () => {
  it.each(STRICT_MATH)('math.%s(%s) = %s', (name, x, expected) => {
    expect(FUNCTIONS[name]!(x)).toBe(expected);
  });

  it.each([
    [10, -3, 0.001],
    [1.1, 10, 2.5937424601000023],
    [7.5, 3.3, 772.1508772559141],
    [10, -5, 9.999999999999999e-6],
  ])('math.pow(%s, %s) = %s where V8 agrees with StrictMath.pow', (b, e, expected) => {
    expect(m.pow(b, e)).toBe(expected);
  });

  // StrictMath.pow(10, 23) = 9.999999999999999E22 but V8 gives 1e23: pow is not yet fdlibm's.
  it.todo('math.pow(10, 23) = 9.999999999999999e22 (needs an fdlibm pow)');
});

describe('math rounding', () => {
  it.each([
    [2.5, 3],
    [-2.5, -2],
    [0.49999999999999994, 0],
    [-0.5, -0],
  ])('math.round(%s) = %s, ties rounding up (reference; Java Math.round)', (x, expected) => {
    expect(m.round(x)).toBe(expected);
  });

  it.each([
    [1.23456, 2, 1.23],
    [1.235, 1, 1.2],
    [-1.25, 1, -1.2],
  ])('math.round(%s, %s) = %s', (x, p, expected) => {
    expect(m.round(x, p)).toBe(expected);
  });

  it.each([
    [0.29, 0.1, 0.3],
    [1.004, 0.01, 1],
    [101.126, 0.25, 101.25],
    [100.125, 0.25, 100.25],
    [Number.NaN, 0.01, Number.NaN],
  ])(
    'math.round_to_mintick(%s) with mintick %s = %s (nearest tick, ties up)',
    (x, tick, expected) => {
      expect(m.roundToMintick(x, tick)).toBe(expected);
    },
  );

  it('sign, max, min, avg follow the reference and propagate na', () => {
    expect([m.sign(-3), m.sign(0), m.sign(2)]).toEqual([-1, 0, 1]);
    expect(m.sign(Number.NaN)).toBeNaN();
    expect([m.max(1, 3, 2), m.min(1, 3, 2), m.avg(1, 2, 4)]).toEqual([3, 1, 7 / 3]);
    expect(m.max(1, Number.NaN)).toBeNaN();
    expect(m.avg(1, Number.NaN)).toBeNaN();
  });
});

describe('math.sum', () => {
  it('keeps the sum incrementally: the last bits differ from a fresh sum (TRADINGVIEW-SEMANTICS.md)', () => {
    // Hand-worked: running sum of 0.1, 0.2, 0.3 then −0.1 + 0.4 = 0.9000000000000001,
    // where a fresh 0.2 + 0.3 + 0.4 is 0.9000000000000000222 → prints 0.9.
    const s = new MathSum();
    const out = [0.1, 0.2, 0.3, 0.4].map((x) => s.next(x, 3));
    expect(out.slice(0, 2)).toEqual([Number.NaN, Number.NaN]);
    expect(out[2]).toBe(0.1 + 0.2 + 0.3);
    expect(out[3]).toBe(0.1 + 0.2 + 0.3 - 0.1 + 0.4);
    expect(out[3]).not.toBe(0.2 + 0.3 + 0.4);
  });

  it('skips na inputs ("calculates on the length quantity of non-na values")', () => {
    const s = new MathSum();
    expect([1, Number.NaN, 2, 3, Number.NaN, 4].map((x) => s.next(x, 2))).toEqual([
      Number.NaN,
      Number.NaN,
      3,
      5,
      5,
      7,
    ]);
  });

  it('a series length restarts from a fresh sum of the newest values', () => {
    const s = new MathSum();
    const lengths = [1, 2, 3, 2, 4];
    expect([1, 2, 3, 4, 5].map((x, i) => s.next(x, lengths[i]!))).toEqual([1, 3, 6, 7, 14]);
  });

  it('length < 1 or na gives na', () => {
    expect(new MathSum().next(1, 0)).toBeNaN();
    expect(new MathSum().next(1, Number.NaN)).toBeNaN();
  });
});

describe('math.random', () => {
  it('is repeatable with a seed and stays in [min, max)', () => {
    const a = new MathRandom();
    const b = new MathRandom(12345);
    const xs = Array.from({ length: 50 }, () => a.next(5, 10, 42));
    const ys = Array.from({ length: 50 }, () => b.next(5, 10, 42));
    expect(xs).toEqual(ys);
    expect(xs.every((x) => x >= 5 && x < 10)).toBe(true);
    expect(new Set(xs).size).toBe(50);
  });
});

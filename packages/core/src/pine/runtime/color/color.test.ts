import { describe, expect, it } from 'vitest';
import { b, fromGradient, g, hex, NAMED_COLORS, newColor, r, rgb, t } from './color.ts';

// Reference: Pine v6 reference manual, color.new / color.rgb / color.r / g / b / t /
// color.from_gradient and the named constants (color.red = #F23645, color.teal = #089981).
describe('color', () => {
  it('color.rgb round-trips its channels and transparency', () => {
    const c = rgb(242, 54, 69, 30);
    expect([r(c), g(c), b(c), t(c)]).toEqual([242, 54, 69, 30]);
  });

  it('color.new keeps the channels and replaces the transparency (fractional kept to 0.01)', () => {
    const c = newColor(NAMED_COLORS.red, 33.33);
    expect([r(c), g(c), b(c), t(c)]).toEqual([0xf2, 0x36, 0x45, 33.33]);
    expect(newColor(Number.NaN, 10)).toBeNaN();
  });

  it.each([
    ['#2962FF', [0x29, 0x62, 0xff, 0]],
    ['#FF000000', [255, 0, 0, 100]],
    ['#00FF00FF', [0, 255, 0, 0]],
  ] as const)('hex literal %s', (literal, expected) => {
    const c = hex(literal);
    expect([r(c), g(c), b(c), t(c)]).toEqual(expected);
  });

  it('named constants follow the v6 reference', () => {
    expect(NAMED_COLORS.teal).toBe(hex('#089981'));
    expect([r(NAMED_COLORS.yellow), g(NAMED_COLORS.yellow), b(NAMED_COLORS.yellow)]).toEqual([
      0xfd, 0xd8, 0x35,
    ]);
  });

  it('color.from_gradient clamps outside the range and interpolates inside (hand-worked)', () => {
    const lo = rgb(0, 0, 0, 0);
    const hi = rgb(200, 100, 50, 50);
    expect(fromGradient(-1, 0, 10, lo, hi)).toBe(lo);
    expect(fromGradient(11, 0, 10, lo, hi)).toBe(hi);
    const mid = fromGradient(5, 0, 10, lo, hi);
    expect([r(mid), g(mid), b(mid), t(mid)]).toEqual([100, 50, 25, 25]);
    expect(fromGradient(Number.NaN, 0, 10, lo, hi)).toBeNaN();
  });
});

import { describe, expect, it } from 'vitest';
import { array } from './index.ts';

const na = Number.NaN;
const a = (...v: number[]) => array.from(...v);

describe('statistics skip na ("do not return na when some of the values … have na values")', () => {
  it('sum/avg/min/max/range over [1, na, 3]: 4, 2, 1, 3, 2', () => {
    const x = a(1, na, 3);
    expect([array.sum(x), array.avg(x), array.min(x), array.max(x), array.range(x)]).toEqual([
      4, 2, 1, 3, 2,
    ]);
  });
  it('all-na and empty arrays give na ("When all array elements have na value … na is returned")', () => {
    for (const x of [a(na, na), a()]) {
      expect(array.sum(x)).toBeNaN();
      expect(array.avg(x)).toBeNaN();
      expect(array.median(x)).toBeNaN();
      expect(array.stdev(x)).toBeNaN();
    }
  });
  it('standardize of an empty array is an empty array (manual)', () => {
    expect(array.size(array.standardize(a()))).toBe(0);
  });
});

describe('order statistics (reference examples and hand-worked values)', () => {
  it('array.max(array.from(5, -2, 0, 9, 1), 2) = 1; array.min(…, 1) = 0 (reference examples)', () => {
    expect(array.max(a(5, -2, 0, 9, 1), 2)).toBe(1);
    expect(array.min(a(5, -2, 0, 9, 1), 1)).toBe(0);
  });
  it('median of an odd count is the middle value; of an even count the mean of the two middle', () => {
    expect(array.median(a(3, 1, 2))).toBe(2);
    expect(array.median(a(4, 1, 3, 2))).toBe(2.5);
  });
  it('mode returns the smallest of equally frequent values (reference Remarks)', () => {
    expect(array.mode(a(3, 3, 1, 1, 2))).toBe(1);
    expect(array.mode(a(5, 2, 7, 2))).toBe(2);
    // "If none exists, returns the smallest value": every value occurs once.
    expect(array.mode(a(4, 9, 6))).toBe(4);
  });
  it('percentile_nearest_rank: rank ⌈p/100·n⌉ of [15, 20, 35, 40, 50] (p=30 → 2nd = 20, p=100 → 50)', () => {
    const x = a(50, 15, 40, 20, 35);
    expect(array.percentile_nearest_rank(x, 30)).toBe(20);
    expect(array.percentile_nearest_rank(x, 100)).toBe(50);
    expect(array.percentile_nearest_rank(x, 0)).toBe(15);
  });
  it('percentile_linear_interpolation: rank p/100·(n−1); [1, 2, 3, 4] at 50 → rank 1.5 → 2.5; at 40 → 1.2 → 2.2', () => {
    const x = a(4, 2, 1, 3);
    expect(array.percentile_linear_interpolation(x, 50)).toBe(2.5);
    expect(array.percentile_linear_interpolation(x, 40)).toBeCloseTo(2.2, 12);
  });
  it('percentrank: share of the other elements ≤ the element — [10, 20, 30, 40, 50] index 3 → 3/4 = 75', () => {
    const x = a(10, 20, 30, 40, 50);
    expect(array.percentrank(x, 3)).toBe(75);
    expect(array.percentrank(x, 0)).toBe(0);
    expect(array.percentrank(x, -1)).toBe(100);
  });
  it('percentrank: na elements count in the size but are never ≤ — [na, na, na, 7] index 3 → 0/3 = 0', () => {
    // A 20-element array of daily closes still mostly na on the chart's first day ranks its one
    // close at 0 (PineForge corpus mtf-daily-array-median-percentrank-01: TradingView goes long there).
    const x = a(Number.NaN, Number.NaN, Number.NaN, 7);
    expect(array.percentrank(x, 3)).toBe(0);
    expect(array.percentrank(a(Number.NaN, 5), 0)).toBeNaN();
  });
});

describe('moments (hand-worked)', () => {
  it('variance/stdev of [1, 2, 3]: biased 2/3, unbiased 1 (biased is the default)', () => {
    const x = a(1, 2, 3);
    expect(array.variance(x)).toBeCloseTo(2 / 3, 15);
    expect(array.variance(x, false)).toBe(1);
    expect(array.stdev(x)).toBeCloseTo(Math.sqrt(2 / 3), 15);
  });
  it('covariance([1, 2, 3], [2, 4, 6]): Σ(dx·dy) = 1·2 + 0 + 1·2 = 4 → biased 4/3, unbiased 2', () => {
    expect(array.covariance(a(1, 2, 3), a(2, 4, 6))).toBeCloseTo(4 / 3, 15);
    expect(array.covariance(a(1, 2, 3), a(2, 4, 6), false)).toBe(2);
  });
  it('standardize([1, 2, 3]) = (x − 2) / √(2/3) = [−1.2247…, 0, 1.2247…]', () => {
    const z = array.standardize(a(1, 2, 3)).toArray();
    expect(z[0]).toBeCloseTo(-1.224744871391589, 12);
    expect(z[1]).toBe(0);
    expect(z[2]).toBeCloseTo(1.224744871391589, 12);
  });
  it('abs returns a new array of absolute values; na stays na', () => {
    const x = a(-2, 3, na);
    const y = array.abs(x).toArray();
    expect(y.slice(0, 2)).toEqual([2, 3]);
    expect(y[2]).toBeNaN();
    expect(array.get(x, 0)).toBe(-2);
  });
});

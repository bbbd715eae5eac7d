import { describe, expect, it } from 'vitest';
import { Crossover } from './cross.ts';
import { Sma } from './sma.ts';

const feed = (length: number, values: readonly number[]) => {
  const sma = new Sma();
  return values.map((v) => sma.next(v, length));
};

describe('ta.sma window sums (TradingView: mean of the last `length` values)', () => {
  it('a short window is summed afresh: three zeros after 0.1, 0.2, 0.3 average to exactly 0', () => {
    // A running sum would carry drift: 0.1 + 0.2 = 0.30000000000000004, + 0.3 = 0.6000000000000001,
    // then − 0.1 = 0.5000000000000001, − 0.2 = 0.3000000000000001, − 0.3 = 2^-53 (IEEE-754 doubles).
    expect(feed(3, [0.1, 0.2, 0.3, 0, 0, 0]).at(-1)).toBe(0);
  });

  it('a window of 17 keeps the running sum, drift included (the hand-worked 2^-53 / 17)', () => {
    // Same steps as above: 0.1, 0.2, 0.3 and fourteen zeros fill the window (sum 0.6000000000000001),
    // three more zeros push 0.1, 0.2, 0.3 out one by one.
    const values = [0.1, 0.2, 0.3, ...new Array<number>(17).fill(0)];
    expect(feed(17, values).at(-1)).toBe(2 ** -53 / 17);
  });

  it('stochRSI tie: k = sma(s, 3) equals d = sma(k, 3) when s runs 0, 0, x, 0, 0, so no crossover', () => {
    // k over the last three bars = (0 + 0 + x) / 3 in each rotation; d averages three equal k.
    // Fed once with a drifting history (0.1, 0.2, 0.3 first) the tie must survive bit for bit.
    const x = 6.444643090594734;
    const s = [0.1, 0.2, 0.3, 100, 100, 0, 0, x, 0, 0];
    const kSma = new Sma();
    const dSma = new Sma();
    const up = new Crossover();
    let k = Number.NaN;
    let d = Number.NaN;
    let fired = false;
    for (const v of s) {
      k = kSma.next(v, 3);
      d = dSma.next(k, 3);
      fired = up.next(k, d);
    }
    expect(k).toBe(x / 3);
    expect(d).toBe(k);
    expect(fired).toBe(false);
  });

  it('an na input keeps the short window and returns its mean again', () => {
    // Window (1, 2, 4) → 7 / 3; the na bar neither enters nor shifts it.
    const out = feed(3, [1, 2, 4, Number.NaN]);
    expect(out[2]).toBe(7 / 3);
    expect(out[3]).toBe(7 / 3);
  });

  it.each([
    // 1 … 40 through a ring of 16 slots (wrapped twice): the last ten are 31 … 40, mean 35.5.
    [10, 35.5],
    // A window as long as the ring: 25 … 40, sum (25 + 40) · 16 / 2 = 520, mean 32.5.
    [16, 32.5],
    // A running sum over a ring of 32: 18 … 40, sum (18 + 40) · 23 / 2 = 667, mean 29.
    [23, 29],
  ])('the mean of the last %i of 1 … 40 is %d', (length, mean) => {
    const values = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(feed(length, values).at(-1)).toBe(mean);
  });

  it('a series length: the window changes with it', () => {
    // length 2 on 1, 2 → 1.5; length 3 on 3 → (1 + 2 + 3) / 3 = 2; on 4 → (2 + 3 + 4) / 3 = 3.
    const sma = new Sma();
    const lengths = [2, 2, 3, 3];
    expect([1, 2, 3, 4].map((v, i) => sma.next(v, lengths[i]!))).toEqual([Number.NaN, 1.5, 2, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { createRandom, Random } from './random.ts';

describe('Random (xoshiro128** 1.1)', () => {
  // Reference: the published C next() (prng.di.unimi.it/xoshiro128starstar.c) compiled with gcc,
  // state {1, 2, 3, 4}: outputs 1–6 and 1001.
  it('matches the reference C outputs from state {1, 2, 3, 4}', () => {
    const random = new Random(1, 2, 3, 4);
    const first = Array.from({ length: 6 }, () => random.nextUint32());
    expect(first).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
    for (let i = 6; i < 1000; i++) random.nextUint32();
    expect(random.nextUint32()).toBe(136054147);
  });

  it('rejects the all-zero state (a fixed point of the generator)', () => {
    expect(() => new Random(0, 0, 0, 0)).toThrow('must not be all zero');
  });

  it('repeats a sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(0)).not.toEqual(draw(1));
  });

  // Reference: a uniform [0, 1) variable has mean 1/2 and variance 1/12; the standard error of the
  // mean over 100,000 draws is about 0.0009, so ±0.005 is > 5 standard errors.
  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const random = createRandom(7);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = random.next();
      sum += u;
      squares += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    const mean = sum / n;
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(squares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  // Reference: standard normal moments: mean 0, variance 1, P(|Z| > 1.96) = 5 %.
  it('draws standard normals by Box–Muller', () => {
    const random = createRandom(11);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    let tails = 0;
    for (let i = 0; i < n; i++) {
      const z = random.normal();
      sum += z;
      squares += z * z;
      if (Math.abs(z) > 1.96) tails++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.03);
    expect(Math.abs(tails / n - 0.05)).toBeLessThan(0.005);
  });
});

import { describe, expect, it } from 'vitest';
import { inferMintick } from './infer-mintick.ts';

const columns = (...prices: number[]) => {
  const values = Float64Array.from(prices);
  return { open: values, high: values, low: values, close: values };
};

describe('inferMintick', () => {
  it('reads the step off the decimals the prices show (EUR/USD quotes: 0.00001)', () => {
    expect(inferMintick(columns(1.13744, 1.1376, 1.13673, 1.1373))).toBe(0.00001);
    expect(inferMintick(columns(0.0123, 0.0125))).toBe(0.0001);
  });

  it('never goes coarser than the default 0.01: whole or cent prices keep it', () => {
    expect(inferMintick(columns(101, 102, 99))).toBe(0.01);
    expect(inferMintick(columns(101.25, 102.5))).toBe(0.01);
    expect(inferMintick(columns(101.25, 102.5), 0.25)).toBe(0.01);
  });

  it('looks at every price column: one finer low decides', () => {
    const cents = Float64Array.from([10.01, 10.02]);
    expect(
      inferMintick({
        open: cents,
        high: cents,
        low: Float64Array.from([10.001, 10]),
        close: cents,
      }),
    ).toBe(0.001);
  });

  it('keeps the default when the prices carry float noise rather than ticks', () => {
    expect(inferMintick(columns(1 / 3, 2 / 3))).toBe(0.01);
  });
});

import { describe, expect, it } from 'vitest';
import { ceilToTick, floorToTick, limitOnGrid, slipTicks, stopOnGrid } from './price-grid.ts';

describe('price grid (TradingView levels on the mintick grid)', () => {
  it('rounds levels the way the price travels to them (bracket-exit-tp-sl-fixed-01)', () => {
    expect(stopOnGrid(1813.65624, false, 0.01)).toBe(1813.65);
    expect(limitOnGrid(1873.53379, false, 0.01)).toBe(1873.54);
    expect(stopOnGrid(1813.65624, true, 0.01)).toBe(1813.66);
    expect(limitOnGrid(1873.53379, true, 0.01)).toBe(1873.53);
  });

  it('treats floating noise under 1e-4 ticks as on the line, 4e-4 ticks as above it', () => {
    // analyzer-parity-stop-limit-timing-01 fills 3760.48; oca-multi-bracket-isolation-01 2275.93.
    expect(ceilToTick(3760.480000607087, 0.01)).toBe(3760.48);
    expect(ceilToTick(2275.920003894897, 0.01)).toBe(2275.93);
    expect(floorToTick(3760.479999393, 0.01)).toBe(3760.48);
  });

  it('keeps every decimal of a quarter-point tick (CME E-mini: 0.25)', () => {
    expect(ceilToTick(5012.1, 0.25)).toBe(5012.25);
    expect(floorToTick(5012.9, 0.25)).toBe(5012.75);
    expect(ceilToTick(1.23456, 0.00001)).toBe(1.23456);
    expect(slipTicks(5012.25, true, 2, 0.25)).toBe(5012.75);
  });
});

import { describe, expect, it } from 'vitest';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { RollingWindow } from './rolling-window.ts';
import { DEFAULT_MAX_BARS_BACK, Series, ValueSeries } from './series.ts';

// Reference: Pine v6 User Manual "Execution model / History referencing": x[n] is the value n bars
// ago, na before the first bar; max_bars_back defaults to 5,000 (TRADINGVIEW-SEMANTICS.md).
describe('Series', () => {
  it('x[n] returns the value n bars ago and na beyond the bars seen', () => {
    const s = new Series();
    for (const v of [10, 11, 12]) s.push(v);
    expect([s.get(0), s.get(1), s.get(2)]).toEqual([12, 11, 10]);
    expect(s.get(3)).toBeNaN();
    expect(s.current).toBe(12);
  });

  it('set replaces the current bar only', () => {
    const s = new Series();
    s.push(1);
    s.push();
    expect(s.get(0)).toBeNaN();
    s.set(5);
    expect([s.get(0), s.get(1)]).toEqual([5, 1]);
  });

  it('keeps max_bars_back values while the ring wraps', () => {
    const s = new Series(3);
    for (let i = 0; i < 100; i++) s.push(i);
    expect([s.get(0), s.get(3)]).toEqual([99, 96]);
  });

  it('an offset beyond max_bars_back is a runtime error', () => {
    const s = new Series(3);
    s.push(1);
    expect(() => s.get(4)).toThrow(PineRuntimeError);
    expect(() => s.get(-1)).toThrow(/offset/);
  });

  it('defaults to 5,000 bars of history', () => {
    expect(new Series().maxBarsBack).toBe(DEFAULT_MAX_BARS_BACK);
    expect(DEFAULT_MAX_BARS_BACK).toBe(5000);
  });

  it('ValueSeries keeps strings with null as na', () => {
    const s = new ValueSeries<string>(2);
    s.push('a');
    s.push(null);
    s.push('c');
    expect([s.get(0), s.get(1), s.get(2), s.get(0)]).toEqual(['c', null, 'a', 'c']);
    const t = new ValueSeries<string>(2);
    t.push('a');
    expect(t.get(1)).toBeNull();
  });
});

describe('RollingWindow', () => {
  it('grows for a longer dynamic length without losing order', () => {
    const w = new RollingWindow(2);
    for (const v of [1, 2, 3]) w.push(v);
    expect([w.get(0), w.get(1), w.get(2)]).toEqual([3, 2, Number.NaN]);
    w.reserve(8);
    w.push(4);
    expect([w.get(0), w.get(1), w.get(2)]).toEqual([4, 3, 2]);
  });

  it('sums the newest values oldest first, across the wrap of the ring, na beyond what it holds', () => {
    // Capacity 4 after 1 … 6: holds 3, 4, 5, 6. Oldest first: 0.1 + 0.2 + 0.3 is 0.6000000000000001,
    // 0.3 + 0.2 + 0.1 would be 0.6 (IEEE-754 doubles).
    const w = new RollingWindow(4);
    for (const v of [1, 2, 3, 4, 5, 6]) w.push(v);
    expect([w.sumNewest(2), w.sumNewest(4), w.sumNewest(5)]).toEqual([11, 18, Number.NaN]);
    const d = new RollingWindow(4);
    for (const v of [9, 9, 0.1, 0.2, 0.3]) d.push(v);
    expect(d.sumNewest(3)).toBe(0.6000000000000001);
  });
});

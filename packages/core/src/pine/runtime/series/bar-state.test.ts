import { describe, expect, it } from 'vitest';
import { barsFrom } from '../test-support/reference.ts';
import { BarState } from './bar-state.ts';

// Reference: Pine v6 built-in variables hl2 = (high + low) / 2, hlc3, ohlc4, hlcc4, bar_index,
// barstate.isfirst / islast, time_close.
describe('BarState', () => {
  it('derives the composite prices and bar states', () => {
    const bars = barsFrom({ open: [1, 2], high: [4, 6], low: [0, 1], close: [2, 3] });
    const bar = new BarState(bars);
    bar.load(1);
    expect([bar.barIndex, bar.hl2, bar.hlc3, bar.ohlc4, bar.hlcc4]).toEqual([
      1,
      3.5,
      10 / 3,
      3,
      3.25,
    ]);
    expect([bar.isFirst, bar.isLast, bar.isConfirmed, bar.isRealtime]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(bar.timeClose - bar.time).toBe(86_400_000);
    expect([bar.pastClose(1), bar.pastHigh(1), bar.pastClose(2)]).toEqual([2, 4, Number.NaN]);
  });

  it('is na before the first bar is loaded (no bar is the first or last yet)', () => {
    const bar = new BarState(barsFrom({ close: [2, 3] }));
    expect([bar.barIndex, bar.close, bar.time, bar.hl2]).toEqual([
      -1,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
    expect([bar.isFirst, bar.isLast]).toEqual([false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  barsFromRows,
  createBars,
  findDisorder,
  lowerBound,
  sliceByTime,
  upperBound,
} from './bars.ts';
import { symbolInfo } from './symbol-info.ts';
import { parseTimeframe } from './timeframe.ts';

const D = parseTimeframe('D');
const rows = [10, 20, 30, 40].map((time) => ({
  time,
  open: time,
  high: time + 1,
  low: time - 1,
  close: time,
  volume: 1,
}));
const bars = barsFromRows(symbolInfo('T'), D, rows);

describe('bars', () => {
  it('re-wrapping bars with other metadata keeps the new symbol and only the six columns', () => {
    const moved = createBars(symbolInfo('U', { session: '0930-1600' }), D, bars);
    expect(moved.symbol.ticker).toBe('U');
    expect(moved.symbol.session).toBe('0930-1600');
    expect(Object.keys(moved).sort()).toEqual([
      'close',
      'high',
      'length',
      'low',
      'open',
      'symbol',
      'time',
      'timeframe',
      'volume',
    ]);
  });

  it('rejects columns of different lengths', () => {
    expect(() => createBars(symbolInfo('T'), D, { ...bars, close: new Float64Array(3) })).toThrow(
      'bar column close has 3 values, expected 4',
    );
  });

  it.each([
    [lowerBound, 20, 1],
    [lowerBound, 25, 2],
    [upperBound, 20, 2],
    [upperBound, 5, 0],
    [upperBound, 40, 4],
  ])('%o(time, %d) = %d', (search, t, index) => expect(search(bars.time, t)).toBe(index));

  it('slices [from, to) by time as views', () => {
    const slice = sliceByTime(bars, 20, 40);
    expect(Array.from(slice.time)).toEqual([20, 30]);
    expect(slice.time.buffer).toBe(bars.time.buffer);
  });

  it.each([
    [[1, 2, 3], -1],
    [[1, 1, 3], 1],
    [[1, 3, 2], 2],
    [[1, Number.NaN], 1],
  ])('findDisorder(%j) = %d', (times, index) =>
    expect(findDisorder(Float64Array.from(times))).toBe(index),
  );
});

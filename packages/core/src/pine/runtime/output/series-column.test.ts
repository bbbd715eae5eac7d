/** Per-bar output storage: written bars keep their values, every other bar reads as na. */
import { describe, expect, it } from 'vitest';
import { SeriesColumn } from './series-column.ts';

describe('SeriesColumn', () => {
  it('bars a call site skipped, and bars after its last write, are na', () => {
    const column = new SeriesColumn(8);
    column.set(0, 1.5);
    column.set(4, 0); // 0 written, not confused with the zeroed storage
    expect([0, 1, 2, 3, 4, 5, 7, 20].map((i) => column.get(i))).toEqual([
      1.5,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      0,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
  });

  it('keeps values and na gaps when it grows past its capacity', () => {
    const column = new SeriesColumn(2);
    column.set(1, 7);
    column.set(9, 8);
    expect(Array.from(column.toArray(11))).toEqual([
      Number.NaN,
      7,
      ...Array(7).fill(Number.NaN),
      8,
      Number.NaN,
    ]);
  });

  it('toArray shifts by the plot offset and pads with na', () => {
    const column = new SeriesColumn(4);
    for (let i = 0; i < 4; i++) column.set(i, i + 1);
    expect(Array.from(column.toArray(5, 2))).toEqual([Number.NaN, Number.NaN, 1, 2, 3]);
    expect(Array.from(column.toArray(4, -1))).toEqual([2, 3, 4, Number.NaN]);
  });

  it('a second write on the same bar replaces the first', () => {
    const column = new SeriesColumn(4);
    column.set(2, 1);
    column.set(2, 3);
    expect([column.get(1), column.get(2), column.get(3)]).toEqual([Number.NaN, 3, Number.NaN]);
  });
});

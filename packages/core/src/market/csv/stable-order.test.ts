import { describe, expect, it } from 'vitest';
import { stableOrder } from './stable-order.ts';

const order = (times: number[]) => Array.from(stableOrder(Float64Array.from(times), times.length));

// Reference: a stable sort by time (ECMAScript Array.prototype.sort is stable since ES2019).
describe('stableOrder', () => {
  it.each([
    [[], []],
    [[5], [0]],
    [
      [1, 2, 3],
      [0, 1, 2],
    ],
    [
      [3, 2, 1],
      [2, 1, 0],
    ],
    [
      [2, 1, 2, 1],
      [1, 3, 0, 2],
    ],
    [
      [3, 3, 2, 2, 1],
      [4, 2, 3, 0, 1],
    ], // newest first with repeats: repeats keep file order
    [
      [1, 5, 2, 4, 3],
      [0, 2, 4, 3, 1],
    ],
  ])('%j → %j', (times, expected) => expect(order(times)).toEqual(expected));

  it('matches Array.prototype.sort on 5,000 pseudo-random times with many ties', () => {
    let seed = 7;
    const times = Array.from({ length: 5000 }, () => (seed = (seed * 48271) % 2147483647) % 300);
    const expected = times.map((_, i) => i).sort((a, b) => times[a]! - times[b]!);
    expect(order(times)).toEqual(expected);
  });
});

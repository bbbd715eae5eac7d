import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest.ts';

// Hand-worked distances (optimal string alignment: insert, delete, replace, adjacent swap).
describe('editDistance', () => {
  it.each([
    ['sma', 'sma', 0],
    ['smaa', 'sma', 1],
    ['clsoe', 'close', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('closestName', () => {
  it.each([
    ['ta.smaa', ['ta.sma', 'ta.ema', 'ta.wma'], 'ta.sma'],
    ['CLOSE', ['open', 'close'], 'close'],
    ['xyz', ['close', 'open'], null],
  ])('%s', (name, candidates, expected) => expect(closestName(name, candidates)).toBe(expected));
});

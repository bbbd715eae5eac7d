import { describe, expect, it } from 'vitest';
import { bestIndexes, betterDirection } from './best-value.ts';

// Row labels as TradingView's Performance Summary names them.
describe('betterDirection', () => {
  it.each([
    ['Net Profit', 'currency', 'higher'],
    ['Percent Profitable', 'percent', 'higher'],
    ['Profit Factor', 'ratio', 'higher'],
    ['Ratio Avg Win / Avg Loss', 'ratio', 'higher'],
    ['Number Winning Trades', 'count', 'higher'],
    ['Max Drawdown', 'currency', 'nearer-zero'],
    ['Gross Loss', 'currency', 'nearer-zero'],
    ['Number Losing Trades', 'count', 'nearer-zero'],
    ['Commission Paid', 'currency', 'nearer-zero'],
    ['Total Closed Trades', 'count', null],
    ['Avg # Bars in Trades', 'count', null],
    ['Buy & Hold Return', 'currency', null],
  ] as const)('%s (%s) → %s', (label, unit, better) => {
    expect(betterDirection(label, unit)).toBe(better);
  });
});

describe('bestIndexes', () => {
  it('highest wins: [120, 300, null, 300] → 1 and 3 (tie)', () => {
    expect([...bestIndexes([120, 300, null, 300], 'higher')]).toEqual([1, 3]);
  });

  it('nearest zero wins for losses: [-500, -120, -800] → 1', () => {
    expect([...bestIndexes([-500, -120, -800], 'nearer-zero')]).toEqual([1]);
  });

  it('ranks nothing with fewer than two values or no direction', () => {
    expect(bestIndexes([5, null], 'higher').size).toBe(0);
    expect(bestIndexes([5, 6], null).size).toBe(0);
  });
});

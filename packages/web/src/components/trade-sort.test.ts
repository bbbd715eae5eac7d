import { describe, expect, it } from 'vitest';
import type { Trade } from '../api/types.ts';
import { DEFAULT_TRADE_SORT, nextSort, sortTrades } from './trade-sort.ts';

const trade = (number: number, side: Trade['side'], profit: number, exitTime: number | null) =>
  ({
    number,
    side,
    profit,
    exitTime,
    entryTime: number * 10,
    entrySignal: side,
    entryPrice: 100,
    exitSignal: null,
    exitPrice: null,
    quantity: 1,
    profitPercent: profit,
    cumulativeProfit: 0,
    runUp: 0,
    drawdown: 0,
  }) satisfies Trade;

// Profits 5, -3, 5, 12; trade 4 is still open (no exit time).
const trades = [
  trade(1, 'long', 5, 100),
  trade(2, 'short', -3, 200),
  trade(3, 'long', 5, 300),
  trade(4, 'short', 12, null),
];
const numbers = (list: Trade[]) => list.map((t) => t.number);

describe('sortTrades', () => {
  it('ascending profit: -3, 5, 5, 12 → trades 2, 1, 3, 4 (equal profits by number)', () => {
    expect(numbers(sortTrades(trades, { column: 'profit', direction: 'asc' }))).toEqual([
      2, 1, 3, 4,
    ]);
  });

  it('descending profit: 12, 5, 5, -3 → trades 4, 1, 3, 2 (ties still by number)', () => {
    expect(numbers(sortTrades(trades, { column: 'profit', direction: 'desc' }))).toEqual([
      4, 1, 3, 2,
    ]);
  });

  it('puts the open trade (exit time null) last in both directions', () => {
    expect(numbers(sortTrades(trades, { column: 'exitTime', direction: 'asc' }))).toEqual([
      1, 2, 3, 4,
    ]);
    expect(numbers(sortTrades(trades, { column: 'exitTime', direction: 'desc' }))).toEqual([
      3, 2, 1, 4,
    ]);
  });

  it('sorts text columns alphabetically: long before short', () => {
    expect(numbers(sortTrades(trades, { column: 'side', direction: 'asc' }))).toEqual([1, 3, 2, 4]);
  });

  it('leaves the input array as it was', () => {
    sortTrades(trades, { column: 'profit', direction: 'desc' });
    expect(numbers(trades)).toEqual([1, 2, 3, 4]);
  });
});

describe('nextSort (click on a header)', () => {
  it('flips the direction of the sorted column', () => {
    expect(nextSort(DEFAULT_TRADE_SORT, 'number')).toEqual({ column: 'number', direction: 'desc' });
  });

  it('starts a new column ascending', () => {
    const sorted = { column: 'profit', direction: 'desc' } as const;
    expect(nextSort(sorted, 'side')).toEqual({ column: 'side', direction: 'asc' });
  });
});

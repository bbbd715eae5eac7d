/** Sorting of the trade list by any column: nulls (open trades) last, ties by trade number. */
import type { Trade } from '../api/types.ts';

export type TradeColumn = keyof Trade;

export interface TradeSort {
  readonly column: TradeColumn;
  readonly direction: 'asc' | 'desc';
}

export const DEFAULT_TRADE_SORT: TradeSort = { column: 'number', direction: 'asc' };

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function nextSort(current: TradeSort, column: TradeColumn): TradeSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: 'asc' };
}

/** A new array; the input is not changed. */
export function sortTrades(trades: readonly Trade[], sort: TradeSort): Trade[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...trades].sort((a, b) => {
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    let order = 0;
    if (typeof x === 'number' && typeof y === 'number') order = x - y;
    else if (typeof x === 'string' && typeof y === 'string') order = x.localeCompare(y);
    return order === 0 ? a.number - b.number : sign * order;
  });
}

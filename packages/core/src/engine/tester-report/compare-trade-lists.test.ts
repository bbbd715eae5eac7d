import { describe, expect, it } from 'vitest';
import { compareTradeLists } from './compare-trade-lists.ts';
import type { ListedTrade } from './listed-trade.ts';

const H = 3_600_000;
const trade = (n: number, entryHour: number, exitHour: number, fields: Partial<ListedTrade> = {}) =>
  ({
    tradeNumber: n,
    direction: 'long',
    qty: 1,
    entry: { time: entryHour * H, price: 100, signal: 'L' },
    exit: { time: exitHour * H, price: 101, signal: 'X' },
    open: false,
    profit: 1,
    profitPercent: 1,
    maxRunup: 1,
    maxDrawdown: 0,
    cumulativeProfit: n,
    ...fields,
  }) satisfies ListedTrade;
const opts = { mintick: 0.01 };

describe('compareTradeLists (TradingView window, exact fields)', () => {
  // TradingView's list starts at hour 10 (its chart history), ours has two warm-up trades before.
  const tv = [trade(1, 10, 12), trade(2, 12, 15), trade(3, 15, 20, { open: true })];

  it("ignores our trades before TradingView's first entry and after its last bar", () => {
    const ours = [
      trade(1, 2, 4),
      trade(2, 4, 10),
      trade(3, 10, 12),
      trade(4, 12, 15),
      trade(5, 15, 22), // open on TradingView's last bar (hour 20), closed later in our data
      trade(6, 22, 23),
    ];
    expect(compareTradeLists(tv, ours, opts)).toMatchObject({
      exact: true,
      expectedCount: 3,
      actualCount: 3,
      matchedCount: 3,
      ignoredBefore: 2,
      ignoredAfter: 1,
      firstDifference: null,
    });
  });

  it.each([
    ['direction', { direction: 'short' as const }],
    ['entryTime', { entry: { time: 12.25 * H, price: 100, signal: 'L' } }],
    ['entryPrice', { entry: { time: 12 * H, price: 100.01, signal: 'L' } }],
    ['qty', { qty: 2 }],
    ['exitTime', { exit: { time: 16 * H, price: 101, signal: 'X' } }],
    ['exitPrice', { exit: { time: 15 * H, price: 101.02, signal: 'X' } }],
  ])('names the first differing field: %s', (field, change) => {
    const ours = [trade(1, 10, 12), trade(2, 12, 15, change), trade(3, 15, 30)];
    const result = compareTradeLists(tv, ours, opts);
    expect(result.exact).toBe(false);
    expect(result.matchedCount).toBe(1);
    expect(result.firstDifference).toMatchObject({ index: 1, field });
  });

  it('treats prices within half a tick as equal', () => {
    const ours = [trade(1, 10, 12, { exit: { time: 12 * H, price: 101.004, signal: 'X' } })];
    expect(compareTradeLists([trade(1, 10, 12)], ours, opts).exact).toBe(true);
  });

  it('reports a trade TradingView holds open that we closed inside its window', () => {
    const ours = [trade(1, 10, 12), trade(2, 12, 15), trade(3, 15, 18)];
    expect(compareTradeLists(tv, ours, opts).firstDifference?.field).toBe('closedEarly');
  });

  it('reports missing and extra trades', () => {
    expect(compareTradeLists(tv, tv.slice(0, 2), opts).firstDifference).toMatchObject({
      index: 2,
      field: 'missing',
      actual: null,
    });
    const closedTv = tv.slice(0, 2);
    const extra = [...closedTv, trade(3, 14, 15)];
    expect(compareTradeLists(closedTv, extra, opts).firstDifference).toMatchObject({
      index: 2,
      field: 'extra',
      expected: null,
    });
  });
});

/** The column store of closed trades gives back exactly the records the ledger wrote. */
import { describe, expect, it } from 'vitest';
import { type ClosedTradeRow, ClosedTradeTable } from './closed-trade-table.ts';

/** Bar b opens at 1,700,000,000,000 + 30 s × b; trade k enters on bar 2k and exits on 2k + 1. */
const times = Float64Array.from({ length: 2_600 }, (_, b) => 1_700_000_000_000 + b * 30_000);

function row(k: number): ClosedTradeRow {
  return {
    side: k % 2 === 0 ? 1 : -1,
    qty: 1 + k,
    entryId: `E${k}`,
    entryComment: k % 3 === 0 ? `enter ${k}` : null,
    entryBar: 2 * k,
    entryPrice: 100 + k / 8,
    entryCommission: 0.1 * k,
    exitId: `X${k}`,
    exitComment: null,
    exitBar: 2 * k + 1,
    exitPrice: 101 + k / 8,
    exitCommission: 0.2 * k,
    maxRunup: 1.5,
    maxDrawdown: -0.25,
    profit: k % 2 === 0 ? 1 + k : -1 - k,
    profitPercent: k / 3,
    cumulativeProfit: k * 7,
  };
}

describe('ClosedTradeTable', () => {
  it('gives trade i back as the record numbered i + 1, across the chunks of its rows', () => {
    const table = new ClosedTradeTable(times);
    for (let k = 0; k < 1300; k++) table.push(row(k));
    expect(table.length).toBe(1300);
    expect(table.at(3)).toEqual({
      tradeNumber: 4,
      entryId: 'E3',
      direction: 'short',
      qty: 4,
      entry: {
        time: 1_700_000_180_000,
        barIndex: 6,
        price: 100.375,
        signal: 'enter 3',
        comment: 'enter 3',
        commission: 0.1 * 3,
      },
      maxRunup: 1.5,
      maxDrawdown: -0.25,
      exitId: 'X3',
      exit: {
        time: 1_700_000_210_000,
        barIndex: 7,
        price: 101.375,
        signal: 'X3',
        comment: null,
        commission: 0.2 * 3,
      },
      profit: -4,
      profitPercent: 1,
      cumulativeProfit: 21,
    });
    expect(table.at(299)!.entry.barIndex).toBe(598);
    expect(table.at(299)!.exit.time).toBe(1_700_000_000_000 + 599 * 30_000);
    expect(table.profit(298)).toBe(299);
    expect(table.profitPercent(299)).toBeCloseTo(299 / 3, 12);
    // Rows 511/512 and 1023/1024 sit on either side of a chunk boundary.
    for (const k of [511, 512, 1023, 1024, 1299]) {
      const trade = table.at(k)!;
      expect([trade.entryId, trade.exitId, trade.entry.comment]).toEqual([
        `E${k}`,
        `X${k}`,
        k % 3 === 0 ? `enter ${k}` : null,
      ]);
      expect([trade.exit.barIndex, trade.cumulativeProfit]).toEqual([2 * k + 1, k * 7]);
    }
  });

  it('outside the table: no record, and NaN for its numbers', () => {
    const table = new ClosedTradeTable(times);
    table.push(row(0));
    for (const i of [-1, 1, 0.5, Number.NaN]) {
      expect(table.at(i)).toBeUndefined();
      expect(table.profit(i)).toBeNaN();
    }
  });

  it('iterates and lists its records oldest first', () => {
    const table = new ClosedTradeTable(times);
    for (let k = 0; k < 5; k++) table.push(row(k));
    expect([...table].map((t) => t.tradeNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(table.toArray().map((t) => t.entryId)).toEqual(['E0', 'E1', 'E2', 'E3', 'E4']);
  });
});

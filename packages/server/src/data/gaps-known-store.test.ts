import { parseTimeframe, symbolInfo } from '@barwise/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database.ts';
import { testDatabases } from '../test-support/databases.ts';
import { CandleStore } from './candle-store.ts';
import { KeepFreshStore } from './fetch-keep-fresh-store.ts';
import { isKnownGap, KnownGapStore } from './gaps-known-store.ts';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;
const bars = {
  symbol: symbolInfo('X'),
  timeframe: parseTimeframe('1'),
  length: 1,
  time: Float64Array.of(T0),
  open: Float64Array.of(1),
  high: Float64Array.of(1),
  low: Float64Array.of(1),
  close: Float64Array.of(1),
  volume: Float64Array.of(1),
};

for (const target of await testDatabases()) {
  describe(`known gaps and keep-fresh marks on ${target.name}`, () => {
    let database: Database;
    beforeEach(async () => {
      database = await target.open();
    });
    afterEach(() => database.close());

    it('records, updates on the same start, lists in order, and goes with the dataset', async () => {
      const candles = new CandleStore(database);
      const { dataset } = await candles.write(bars, { source: 'binance', origin: 'test' });
      const gaps = new KnownGapStore(database);
      const fresh = new KeepFreshStore(database);
      await gaps.record(dataset, [
        { from: T0 + 50 * MINUTE, to: T0 + 60 * MINUTE, missingBars: 10 },
      ]);
      await gaps.record(dataset, [
        { from: T0 + 10 * MINUTE, to: T0 + 12 * MINUTE, missingBars: 2 },
        { from: T0 + 50 * MINUTE, to: T0 + 70 * MINUTE, missingBars: 20 },
      ]);
      expect(await gaps.list(dataset)).toEqual([
        { from: T0 + 10 * MINUTE, to: T0 + 12 * MINUTE, missingBars: 2 },
        { from: T0 + 50 * MINUTE, to: T0 + 70 * MINUTE, missingBars: 20 },
      ]);
      await fresh.mark(dataset);
      await fresh.mark(dataset);
      expect(await fresh.list()).toEqual(new Set([dataset.id]));
      await candles.delete(dataset);
      expect(await gaps.list(dataset)).toEqual([]);
      expect(await fresh.list()).toEqual(new Set());
    });
  });
}

describe('isKnownGap', () => {
  const known = [{ from: 100, to: 200, missingBars: 10 }];
  it.each([
    [100, 200, true],
    [120, 150, true],
    [90, 150, false],
    [150, 210, false],
  ])('[%i, %i) inside [100, 200): %s', (from, to, expected) => {
    expect(isKnownGap({ from, to, missingBars: 1 }, known)).toBe(expected);
  });
});

/** The behaviour every candle-store database must show; run by candle-store.test.ts per database. */
import { type Bar, barsFromRows, parseTimeframe, symbolInfo } from '@barwise/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database.ts';
import type { TestDatabase } from '../test-support/databases.ts';
import { CandleStore, CHUNK_BARS } from './candle-store.ts';

const MINUTE = 60_000;
const T0 = Date.UTC(2024, 0, 1);
const ONE_MINUTE = parseTimeframe('1');

/** Bars i = first … first+count-1 of a simple worked series: open = 100 + i, close = open + 0.5. */
function minuteBars(first: number, count: number, ticker = 'TEST') {
  const rows: Bar[] = [];
  for (let i = first; i < first + count; i++) {
    rows.push({
      time: T0 + i * MINUTE,
      open: 100 + i,
      high: 101 + i,
      low: 99 + i,
      close: 100.5 + i,
      volume: i,
    });
  }
  return barsFromRows(
    symbolInfo(ticker, { mintick: 0.5, timezone: 'Europe/Berlin' }),
    ONE_MINUTE,
    rows,
  );
}

export function candleStoreContract(target: TestDatabase): void {
  describe(`candle store on ${target.name}`, () => {
    let database: Database;
    let store: CandleStore;

    beforeEach(async () => {
      database = await target.open();
      store = new CandleStore(database);
    });
    afterEach(async () => database.close());

    it('stores and loads bars exactly, with symbol metadata', async () => {
      const { dataset, added } = await store.write(minuteBars(0, 10), {
        source: 'csv',
        origin: 'unit',
      });
      expect(added).toBe(10);
      expect(dataset).toMatchObject({
        source: 'csv',
        ticker: 'TEST',
        barCount: 10,
        firstTime: T0,
        lastTime: T0 + 9 * MINUTE,
      });
      const bars = await store.load(dataset);
      expect(Array.from(bars.close)).toEqual(Array.from(minuteBars(0, 10).close));
      expect(bars.symbol).toMatchObject({ mintick: 0.5, timezone: 'Europe/Berlin' });
    });

    it('appends only bars newer than the stored coverage, across chunk boundaries', async () => {
      const first = CHUNK_BARS - 5;
      await store.write(minuteBars(0, first), { source: 'csv', origin: 'a' });
      const { added, skipped, dataset } = await store.write(minuteBars(first - 3, 20), {
        source: 'csv',
        origin: 'b',
      });
      expect({ added, skipped }).toEqual({ added: 17, skipped: 3 });
      expect(dataset.barCount).toBe(first + 17);
      const bars = await store.load(dataset);
      expect(bars.length).toBe(first + 17);
      for (let i = 0; i < bars.length; i++) expect(bars.open[i]).toBe(100 + i);
    });

    it('re-importing the same bars adds nothing', async () => {
      await store.write(minuteBars(0, 50), { source: 'csv', origin: 'a' });
      const again = await store.write(minuteBars(0, 50), { source: 'csv', origin: 'a' });
      expect({ added: again.added, skipped: again.skipped, count: again.dataset.barCount }).toEqual(
        { added: 0, skipped: 50, count: 50 },
      );
    });

    it('replace rewrites the dataset', async () => {
      await store.write(minuteBars(0, 50), { source: 'csv', origin: 'a' });
      const { dataset } = await store.write(minuteBars(100, 5), {
        source: 'csv',
        origin: 'b',
        mode: 'replace',
      });
      expect(dataset).toMatchObject({ barCount: 5, firstTime: T0 + 100 * MINUTE, origin: 'b' });
      expect(Array.from((await store.load(dataset)).open)).toEqual([200, 201, 202, 203, 204]);
    });

    it('loads a time range [from, to) spanning chunks', async () => {
      const { dataset } = await store.write(minuteBars(0, 2 * CHUNK_BARS + 10), {
        source: 'csv',
        origin: 'a',
      });
      const from = T0 + (CHUNK_BARS - 2) * MINUTE;
      const bars = await store.load(dataset, { from, to: from + 5 * MINUTE });
      expect(Array.from(bars.time)).toEqual([0, 1, 2, 3, 4].map((k) => from + k * MINUTE));
    });

    it('keeps datasets apart by source, ticker and timeframe, and lists them with coverage', async () => {
      await store.write(minuteBars(0, 3, 'AAA'), { source: 'csv', origin: 'a' });
      await store.write(minuteBars(0, 4, 'AAA'), { source: 'synthetic', origin: 'a' });
      await store.write(minuteBars(0, 5, 'BBB'), { source: 'csv', origin: 'a' });
      const listed = await store.list();
      expect(listed.map((d) => `${d.source}:${d.ticker}:${d.barCount}`)).toEqual([
        'csv:AAA:3',
        'synthetic:AAA:4',
        'csv:BBB:5',
      ]);
      await expect(store.resolve('AAA', ONE_MINUTE)).rejects.toThrow(
        'exists in several sources (csv, synthetic)',
      );
      expect((await store.resolve('AAA', ONE_MINUTE, 'synthetic')).barCount).toBe(4);
      await expect(store.resolve('ZZZ', ONE_MINUTE)).rejects.toThrow('no dataset ZZZ 1');
    });

    it('rejects bars out of order and leaves the store unchanged', async () => {
      const { dataset } = await store.write(minuteBars(0, 5), { source: 'csv', origin: 'a' });
      const bad = minuteBars(5, 5);
      bad.time[3] = bad.time[1]!;
      await expect(store.write(bad, { source: 'csv', origin: 'b' })).rejects.toThrow('bar 3');
      expect((await store.list())[0]).toEqual(dataset);
    });

    it('rolls back a failed write', async () => {
      const { dataset } = await store.write(minuteBars(0, 5), { source: 'csv', origin: 'a' });
      const failing = new CandleStore({
        ...database,
        db: database.db.withPlugin({
          transformQuery: (args) => {
            if (args.node.kind === 'InsertQueryNode') throw new Error('disk full');
            return args.node;
          },
          transformResult: async (args) => args.result,
        }),
      });
      await expect(failing.write(minuteBars(5, 5), { source: 'csv', origin: 'b' })).rejects.toThrow(
        'disk full',
      );
      expect((await store.list())[0]).toEqual(dataset);
      expect((await store.load(dataset)).length).toBe(5);
    });

    it('merge fills a hole in the middle across chunks, keeping stored bars and full chunks', async () => {
      // Bars 0 … 2·CHUNK+99 with a hole at CHUNK-10 … CHUNK+9 (20 bars); merging 0 … CHUNK+19 adds
      // exactly those 20 and skips the rest (stored bars win).
      const total = 2 * CHUNK_BARS + 100;
      const hole = { from: CHUNK_BARS - 10, to: CHUNK_BARS + 10 };
      await store.write(minuteBars(0, hole.from), { source: 'csv', origin: 'a' });
      await store.write(minuteBars(hole.to, total - hole.to), { source: 'csv', origin: 'a' });
      // The second append went after the stored coverage, so the hole is still there.
      const before = await store.resolve('TEST', ONE_MINUTE, 'csv');
      expect(before.barCount).toBe(total - 20);
      const { added, skipped, dataset } = await store.merge(minuteBars(0, CHUNK_BARS + 20), {
        source: 'csv',
        origin: 'repair',
      });
      expect({ added, skipped, count: dataset.barCount }).toEqual({
        added: 20,
        skipped: CHUNK_BARS,
        count: total,
      });
      expect(dataset).toMatchObject({ firstTime: T0, lastTime: T0 + (total - 1) * MINUTE });
      const bars = await store.load(dataset);
      expect(bars.length).toBe(total);
      let wrong = 0;
      for (let i = 0; i < total; i++) if (bars.open[i] !== 100 + i) wrong++;
      expect(wrong).toBe(0);
      const chunks = await database.db
        .selectFrom('bar_chunks')
        .select(['seq', 'bar_count'])
        .where('dataset_id', '=', dataset.id)
        .orderBy('seq')
        .execute();
      expect(chunks.map((c) => [c.seq, c.bar_count])).toEqual([
        [0, CHUNK_BARS],
        [1, CHUNK_BARS],
        [2, 100],
      ]);
    });

    it.each([
      ['before the first bar', 0, 5, 5, 10, 15],
      ['after the last bar', 0, 5, 8, 3, 8],
      ['into an empty store', -1, 0, 2, 4, 4],
    ])('merge adds bars %s', async (_case, storedFirst, storedCount, first, count, expected) => {
      if (storedFirst >= 0)
        await store.write(minuteBars(storedFirst, storedCount), { source: 'csv', origin: 'a' });
      const { dataset } = await store.merge(minuteBars(first, count), {
        source: 'csv',
        origin: 'b',
      });
      expect(dataset.barCount).toBe(expected);
      const times = Array.from((await store.load(dataset)).time);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(expected);
      expect(dataset.lastTime).toBe(times.at(-1));
      expect(dataset.firstTime).toBe(times[0]);
    });

    it('deletes a dataset with its bars', async () => {
      const { dataset } = await store.write(minuteBars(0, 5), { source: 'csv', origin: 'a' });
      await store.delete(dataset);
      expect(await store.list()).toEqual([]);
    });
  });
}

import { parseTimeframe } from '@barwise/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../store/database.ts';
import { FakeBinance } from '../test-support/fake-exchange/fake-binance.ts';
import {
  fakeBinanceProvider,
  MINUTE,
  minuteSeries,
} from '../test-support/fake-exchange/fake-market-data.ts';
import { CandleStore } from './candle-store.ts';
import { fetchDataset } from './fetch-dataset.ts';
import { KnownGapStore } from './gaps-known-store.ts';
import { listDatasetGaps, repairDatasetGaps } from './gaps-repair.ts';

const T0 = Date.UTC(2024, 3, 1);
const M1 = parseTimeframe('1');
const COUNT = 3000;
// The exchange itself has no minutes 1200 … 1229 (a 30-minute maintenance window).
const MAINTENANCE = [T0 + 1200 * MINUTE, T0 + 1230 * MINUTE] as const;
const minutes = minuteSeries({ start: T0, count: COUNT, seed: 5, holes: [MAINTENANCE] });
const END = T0 + COUNT * MINUTE;

let database: Database;
let fake: FakeBinance;

beforeEach(async () => {
  database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
  fake = await new FakeBinance({
    markets: [
      {
        id: 'ETHUSDT',
        base: 'ETH',
        quote: 'USDT',
        kind: 'spot',
        tickSize: '0.01',
        stepSize: '0.0001',
        minutes,
      },
    ],
    now: () => END,
  }).start();
});
afterEach(async () => {
  await fake.close();
  await database.close();
});

describe('gap detection and repair against a local Binance imitation', () => {
  it('lists a store hole and the exchange’s maintenance gap, fills the first, records the second as known, and never re-requests it', async () => {
    const candles = new CandleStore(database);
    const knownGaps = new KnownGapStore(database);
    const provider = fakeBinanceProvider(fake);
    const deps = { candles, knownGaps, provider };
    // Download in two parts that leave minutes 500 … 599 out of the store (a hole on our side).
    await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'ETH/USDT', timeframe: M1, from: T0, to: T0 + 500 * MINUTE },
    );
    await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'ETH/USDT', timeframe: M1, from: T0 + 600 * MINUTE },
    );
    const dataset = await candles.resolve('ETHUSDT', M1, 'binance');
    expect(dataset.barCount).toBe(COUNT - 100 - 30);

    const gaps = await listDatasetGaps(deps, dataset);
    expect(gaps).toEqual([
      { from: T0 + 500 * MINUTE, to: T0 + 600 * MINUTE, missingBars: 100, known: false },
      { from: MAINTENANCE[0], to: MAINTENANCE[1], missingBars: 30, known: false },
    ]);

    const requestsBefore = fake.klineLog().length;
    const repair = await repairDatasetGaps(deps, dataset);
    expect(repair.added).toBe(100);
    expect(repair.recordedKnown).toEqual([
      { from: MAINTENANCE[0], to: MAINTENANCE[1], missingBars: 30 },
    ]);
    expect(repair.remaining).toEqual([
      { from: MAINTENANCE[0], to: MAINTENANCE[1], missingBars: 30, known: true },
    ]);
    // One request per gap: the exchange answers the maintenance window with the bars after it.
    expect(
      fake
        .klineLog()
        .slice(requestsBefore)
        .map((r) => r.query.startTime),
    ).toEqual([String(T0 + 500 * MINUTE), String(MAINTENANCE[0])]);
    const bars = await candles.load(repair.dataset);
    expect(bars.length).toBe(COUNT - 30);
    expect(Array.from(bars.close)).toEqual(Array.from(minutes.close));

    const afterFirst = fake.klineLog().length;
    const second = await repairDatasetGaps(deps, repair.dataset);
    expect({ requested: second.requested, added: second.added }).toEqual({
      requested: [],
      added: 0,
    });
    expect(fake.klineLog().length).toBe(afterFirst);
  });
});

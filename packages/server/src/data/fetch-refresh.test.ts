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
import { KeepFreshStore } from './fetch-keep-fresh-store.ts';
import { refreshFreshDatasets, startRefreshScheduler } from './fetch-refresh.ts';

const T0 = Date.UTC(2024, 1, 1);
const minutes = minuteSeries({ start: T0, count: 600, seed: 9 });

describe('refreshFreshDatasets', () => {
  let database: Database;
  let fake: FakeBinance;
  let now = T0 + 120 * MINUTE;
  beforeEach(async () => {
    database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
    now = T0 + 120 * MINUTE;
    fake = await new FakeBinance({
      markets: [
        {
          id: 'BTCUSDT',
          base: 'BTC',
          quote: 'USDT',
          kind: 'spot',
          tickSize: '0.01',
          stepSize: '0.001',
          minutes,
        },
      ],
      now: () => now,
    }).start();
  });
  afterEach(async () => {
    await fake.close();
    await database.close();
  });

  it('appends the bars closed since the last run to keep-fresh datasets only', async () => {
    const candles = new CandleStore(database);
    const keepFresh = new KeepFreshStore(database);
    const provider = fakeBinanceProvider(fake);
    const deps = { candles, provider, keepFresh, now: () => now };
    await fetchDataset(deps, {
      symbol: 'BTC/USDT',
      timeframe: parseTimeframe('15'),
      from: T0,
      keepFresh: true,
    });
    await fetchDataset(deps, { symbol: 'BTC/USDT', timeframe: parseTimeframe('5'), from: T0 });
    // Two hours later and 10 minutes into the next 15-minute bar: 8 more 15-minute bars closed.
    now = T0 + 250 * MINUTE;
    const outcomes = await refreshFreshDatasets({
      candles,
      keepFresh,
      providerFor: () => provider,
      now: () => now,
    });
    expect(
      outcomes.map((o) => ('result' in o ? [o.dataset.ticker, o.result.added] : o.error.message)),
    ).toEqual([['BTCUSDT', 8]]);
    expect((await candles.resolve('BTCUSDT', parseTimeframe('15'), 'binance')).lastTime).toBe(
      T0 + 225 * MINUTE,
    );
    expect((await candles.resolve('BTCUSDT', parseTimeframe('5'), 'binance')).lastTime).toBe(
      T0 + 115 * MINUTE,
    );
  });
});

describe('startRefreshScheduler', () => {
  it('runs at once, then one interval after each run ends, and stops', async () => {
    const timers: { fn: () => void; ms: number }[] = [];
    let runs = 0;
    const scheduler = startRefreshScheduler({
      intervalMs: 60_000,
      run: async () => {
        runs++;
        if (runs === 2) throw new Error('exchange down');
      },
      onError: (e) => errors.push(String(e)),
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => {},
    });
    const errors: string[] = [];
    const settle = () => new Promise((r) => setTimeout(r, 0));
    await settle();
    expect({ runs, timers: timers.map((t) => t.ms) }).toEqual({ runs: 1, timers: [60_000] });
    timers[0]!.fn();
    await settle();
    // A failed run is reported and the schedule goes on.
    expect({ runs, errors, timers: timers.length }).toEqual({
      runs: 2,
      errors: ['Error: exchange down'],
      timers: 2,
    });
    await scheduler.stop();
    // A timer that still fires after stop() runs nothing.
    timers[1]!.fn();
    await settle();
    expect({ runs, timers: timers.length }).toEqual({ runs: 2, timers: 2 });
  });
});

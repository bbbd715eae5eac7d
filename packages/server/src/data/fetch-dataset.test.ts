import { parseTimeframe, resampleBars } from '@barwise/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../store/database.ts';
import {
  FakeBinance,
  type FakeBinanceOptions,
} from '../test-support/fake-exchange/fake-binance.ts';
import { aggregateMinutes } from '../test-support/fake-exchange/fake-klines.ts';
import {
  fakeBinanceProvider,
  MINUTE,
  minuteSeries,
} from '../test-support/fake-exchange/fake-market-data.ts';
import { CandleStore } from './candle-store.ts';
import { fetchDataset } from './fetch-dataset.ts';
import { KeepFreshStore } from './fetch-keep-fresh-store.ts';
import type { CcxtProvider } from './providers/ccxt-provider.ts';

const T0 = Date.UTC(2024, 0, 1);
const M1 = parseTimeframe('1');
const H1 = parseTimeframe('60');
const COUNT = 12_345;
const minutes = minuteSeries({ start: T0, count: COUNT });
const END = T0 + COUNT * MINUTE;

let database: Database;
let candles: CandleStore;
let fake: FakeBinance;
let provider: CcxtProvider;

async function startFake(options: Partial<FakeBinanceOptions> = {}) {
  fake = await new FakeBinance({
    markets: [
      {
        id: 'BTCUSDT',
        base: 'BTC',
        quote: 'USDT',
        kind: 'spot',
        tickSize: '0.01',
        stepSize: '0.00001',
        minutes,
      },
      {
        id: 'BTCUSDT',
        base: 'BTC',
        quote: 'USDT',
        kind: 'perpetual',
        tickSize: '0.10',
        stepSize: '0.001',
        minutes,
      },
    ],
    now: () => END,
    ...options,
  }).start();
  provider = fakeBinanceProvider(fake);
}

beforeEach(async () => {
  database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
  candles = new CandleStore(database);
});
afterEach(async () => {
  await fake?.close();
  await database.close();
});

/** Every bar once, one minute apart, with the fake's values (the source series, bar for bar). */
async function expectMinutes(first: number, count: number) {
  const dataset = await candles.resolve('BTCUSDT', M1, 'binance');
  const bars = await candles.load(dataset);
  expect(bars.length).toBe(count);
  let wrong = 0;
  for (let i = 0; i < count; i++) {
    const k = first + i;
    if (bars.time[i] !== minutes.time[k] || bars.close[i] !== minutes.close[k]) wrong++;
  }
  expect(wrong).toBe(0);
}

describe('fetchDataset from a local Binance imitation through ccxt', () => {
  it('pages across 12,345 minutes at Binance spot’s 1,000-bar limit, every bar once', async () => {
    await startFake();
    const result = await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    );
    // The clock is END: the last minute opened at END - 1 min and closed at END, so all are final.
    expect(result.added).toBe(COUNT);
    await expectMinutes(0, COUNT);
    const pages = fake.klineLog();
    // 13 pages of ≤ 1000, then nothing is left before the open bar: no 14th request.
    expect(pages.map((r) => r.query.limit)).toEqual(Array(13).fill('1000'));
    expect(result.pages).toBe(13);
  });

  it('honours the rate limit: Binance spot klines weigh 0.4 × 50 ms, so requests are ≥ ~20 ms apart', async () => {
    await startFake();
    await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    );
    const at = fake.klineLog().map((r) => r.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
  });

  it('never stores the still-open bar (clock injected: 10 s into the bar of minute 500)', async () => {
    await startFake({ now: () => T0 + 500 * MINUTE + 10_000 });
    const now = () => T0 + 500 * MINUTE + 10_000;
    const result = await fetchDataset(
      { candles, provider, now },
      { symbol: 'BTCUSDT', timeframe: M1, from: T0 },
    );
    expect(result.dataset?.lastTime).toBe(T0 + 499 * MINUTE);
    await expectMinutes(0, 500);
  });

  it('retries a 429, a dropped connection and a 500 mid-download; the result is complete', async () => {
    await startFake({ faults: { 2: '429', 5: 'drop', 6: '500' } });
    const result = await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    );
    expect(result.added).toBe(COUNT);
    await expectMinutes(0, COUNT);
    expect(
      fake
        .klineLog()
        .map((r) => r.status)
        .filter((s) => s !== 200),
    ).toEqual([429, 'dropped', 500]);
  });

  it('gives up after the retry budget with a one-line error', async () => {
    await startFake({ faults: { 0: '500', 1: '500', 2: '500', 3: '500' } });
    const error = await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    ).catch((e: Error) => e);
    expect(String((error as Error).message)).toMatch(
      /^binance fetchOHLCV BTC\/USDT 1m failed after 4 attempts: [^\n]*$/,
    );
  });

  it('resumes an interrupted download (aborted after 4 pages) with no duplicates and no holes', async () => {
    await startFake();
    const abort = new AbortController();
    const first = fetchDataset(
      { candles, provider, now: () => END },
      {
        symbol: 'BTC/USDT',
        timeframe: M1,
        from: T0,
        signal: abort.signal,
        onProgress: (p) => p.pages === 4 && abort.abort(),
      },
    );
    await expect(first).rejects.toThrow();
    const stored = await candles.resolve('BTCUSDT', M1, 'binance');
    expect(stored.barCount).toBe(4000);
    const before = fake.klineLog().length;
    const second = await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    );
    expect(second.added).toBe(COUNT - 4000);
    // The second run starts right after the last stored bar.
    expect(fake.klineLog()[before]?.query.startTime).toBe(String(T0 + 4000 * MINUTE));
    await expectMinutes(0, COUNT);
  });

  it('is incremental: a second fetch requests only bars after the stored coverage', async () => {
    let now = T0 + 2000 * MINUTE;
    await startFake({ now: () => now });
    await fetchDataset(
      { candles, provider, now: () => now },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    );
    now = T0 + 2500 * MINUTE;
    const requestsBefore = fake.klineLog().length;
    const again = await fetchDataset(
      { candles, provider, now: () => now },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    );
    expect(again.added).toBe(500);
    expect(
      fake
        .klineLog()
        .slice(requestsBefore)
        .map((r) => r.query.startTime),
    ).toEqual([String(T0 + 2000 * MINUTE)]);
    await expectMinutes(0, 2500);
  });

  it('fetches history before the stored bars when --from moves back (merged, no duplicates)', async () => {
    await startFake();
    await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 + 3000 * MINUTE, to: T0 + 4000 * MINUTE },
    );
    await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0, to: T0 + 4000 * MINUTE },
    );
    await expectMinutes(0, 4000);
  });

  it.each([
    ['an unknown ccxt symbol', 'FOO/USDT', /^binance has no market "FOO\/USDT" [^\n]*$/],
    ['an unknown exchange market id', 'FOOUSDT', /^binance has no market "FOOUSDT" [^\n]*$/],
  ])('%s gives a one-line error', async (_case, symbol, message) => {
    await startFake();
    await expect(
      fetchDataset({ candles, provider }, { symbol, timeframe: M1, from: T0 }),
    ).rejects.toThrow(message);
  });

  it.each([
    // Binance exchangeInfo filters: PRICE_FILTER.tickSize → mintick, LOT_SIZE.stepSize → lot size.
    ['spot', 'BTC/USDT', 'BTCUSDT', 0.01, 0.00001],
    ['perpetual (ccxt symbol)', 'BTC/USDT:USDT', 'BTCUSDT.P', 0.1, 0.001],
    ['perpetual (TradingView ticker)', 'BTCUSDT.P', 'BTCUSDT.P', 0.1, 0.001],
  ])(
    'stores the %s market’s tick and lot size as the dataset’s symbol info',
    async (_case, symbol, ticker, mintick, lotSize) => {
      await startFake();
      const { dataset } = await fetchDataset(
        { candles, provider, now: () => END },
        { symbol, timeframe: H1, from: T0 },
      );
      expect(dataset?.symbol).toEqual({
        ticker,
        exchange: 'BINANCE',
        timezone: 'UTC',
        session: '24x7',
        mintick,
        pointValue: 1,
        lotSize,
        currency: 'USDT',
      });
      expect((await candles.load(dataset!)).symbol.mintick).toBe(mintick);
    },
  );

  it('1h bars fetched as such equal 1m bars fetched and resampled to 60 (TradingView: OHLC first/max/min/last, volume sum)', async () => {
    await startFake();
    await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: H1, from: T0 },
    );
    await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: M1, from: T0 },
    );
    const hours = await candles.load(await candles.resolve('BTCUSDT', H1, 'binance'));
    const resampled = resampleBars(
      await candles.load(await candles.resolve('BTCUSDT', M1, 'binance')),
      H1,
    );
    // 12,345 min = 205 full hours + 45 min; the 206th hour has not closed at END.
    expect(hours.length).toBe(205);
    const n = hours.length;
    for (const f of ['time', 'open', 'high', 'low', 'close', 'volume'] as const)
      expect(Array.from(hours[f]), f).toEqual(Array.from(resampled[f].subarray(0, n)));
  });

  it('builds a timeframe Binance lacks (10 min) from its 5-minute klines and records that in the origin', async () => {
    await startFake();
    const ten = parseTimeframe('10');
    const result = await fetchDataset(
      { candles, provider, now: () => END },
      { symbol: 'BTC/USDT', timeframe: ten, from: T0 + 3 * MINUTE },
    );
    expect(result.resampledFrom).toEqual(parseTimeframe('5'));
    expect(result.dataset?.origin).toBe('binance BTC/USDT, resampled from 5');
    expect(fake.klineLog().every((r) => r.query.interval === '5m')).toBe(true);
    // Reference: the fake's own 10-minute aggregation of the minutes (independent of resampleBars);
    // from 00:03 rounds up to the 00:10 bar, and the bar open at END (12:05 … ) is left out.
    const expected = aggregateMinutes(minutes, 10 * MINUTE).filter(
      (k) => k[0] >= T0 + 10 * MINUTE && k[0] + 10 * MINUTE <= END,
    );
    const bars = await candles.load(result.dataset!);
    expect(Array.from(bars.time)).toEqual(expected.map((k) => k[0]));
    expect(Array.from(bars.close)).toEqual(expected.map((k) => Number(k[4])));
  });

  it('marks a dataset keep-fresh', async () => {
    await startFake();
    const keepFresh = new KeepFreshStore(database);
    const { dataset } = await fetchDataset(
      { candles, provider, now: () => END, keepFresh },
      { symbol: 'BTC/USDT', timeframe: H1, from: T0, keepFresh: true },
    );
    expect(await keepFresh.list()).toEqual(new Set([dataset!.id]));
  });
});

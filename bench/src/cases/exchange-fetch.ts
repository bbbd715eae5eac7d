/**
 * Market data from exchanges (issue 8): fetch-and-store throughput through the real ccxt client
 * from a local imitation of Binance's REST API, and the candle store's incremental append cost.
 */
import { parseTimeframe, sliceByTime } from '@barwise/core';
import { fetchDataset } from '@barwise/server';
import { FakeBinance } from '../../../packages/server/src/test-support/fake-exchange/fake-binance.ts';
import {
  fakeBinanceProvider,
  MINUTE,
  minuteSeries,
} from '../../../packages/server/src/test-support/fake-exchange/fake-market-data.ts';
import type { BenchCase } from '../bench-case.ts';
import { minuteBars } from './fixtures.ts';
import { temporaryBarwise } from './temporary-barwise.ts';

const FETCH_BARS = 50_000;
const T0 = Date.UTC(2024, 0, 1);

export const exchangeFetch: BenchCase = {
  name: 'exchange-fetch-50k',
  description:
    'barwise data fetch of 50,000 one-minute bars (50 pages of 1,000) via ccxt from a local Binance imitation into SQLite; ccxt rate limiter off to measure our side',
  itemsPerOp: FETCH_BARS,
  unit: 'bars',
  async setup() {
    const { app, dispose } = await temporaryBarwise();
    const minutes = minuteSeries({ start: T0, count: FETCH_BARS });
    const end = T0 + FETCH_BARS * MINUTE;
    const fake = await new FakeBinance({
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
      now: () => end,
    }).start();
    const provider = fakeBinanceProvider(fake, { rateLimitMs: 0 });
    const timeframe = parseTimeframe('1');
    return {
      run: async () => {
        const stored = await app.candles.find({ source: 'binance', ticker: 'BTCUSDT', timeframe });
        if (stored) await app.candles.delete(stored);
        const { added } = await fetchDataset(
          { candles: app.candles, provider, now: () => end },
          { symbol: 'BTC/USDT', timeframe, from: T0 },
        );
        if (added !== FETCH_BARS) throw new Error(`fetched ${added} bars`);
      },
      teardown: async () => {
        await fake.close();
        await dispose();
      },
    };
  },
};

const STORED = 1_000_000;
const APPEND = 60;

export const incrementalAppend: BenchCase = {
  name: 'candle-store-append-60-to-1m',
  description:
    'append one hour (60 one-minute bars) to a stored dataset of 1,000,000 bars, as a refresh does',
  itemsPerOp: APPEND,
  unit: 'bars',
  async setup() {
    const { app, dispose } = await temporaryBarwise();
    // Enough new bars for every iteration tinybench may run.
    const all = minuteBars(STORED + 5_000 * APPEND);
    const first = all.time[0]!;
    await app.candles.write(sliceByTime(all, first, first + STORED * MINUTE), {
      source: 'bench',
      origin: 'bench',
    });
    let next = first + STORED * MINUTE;
    return {
      run: async () => {
        const { added } = await app.candles.write(sliceByTime(all, next, next + APPEND * MINUTE), {
          source: 'bench',
          origin: 'bench',
        });
        if (added !== APPEND) throw new Error(`appended ${added} bars`);
        next += APPEND * MINUTE;
      },
      teardown: dispose,
    };
  },
};

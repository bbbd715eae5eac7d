import { parseTimeframe } from '@barwise/core';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database.ts';
import { FakeBinance, type FakeMarket } from '../test-support/fake-exchange/fake-binance.ts';
import {
  fakeBinanceProvider,
  MINUTE,
  minuteSeries,
} from '../test-support/fake-exchange/fake-market-data.ts';
import { CandleStore } from './candle-store.ts';
import type { TickerSnapshot } from './providers/ticker-source.ts';
import { isLeveragedToken, loadUniverse, selectUniverse } from './universe.ts';
import { fetchUniverse } from './universe-fetch.ts';

const ticker = (
  base: string,
  quote: string,
  quoteVolume: number,
  changePercent = 0,
  active = true,
): TickerSnapshot => ({
  ticker: `${base}${quote}`,
  providerSymbol: `${base}/${quote}`,
  base,
  quote,
  active,
  quoteVolume,
  changePercent,
});

// Hand-made tickers: the worked answer is written next to each case.
const TICKERS = [
  ticker('BTC', 'USDT', 900, 1),
  ticker('ETH', 'USDT', 800, -7),
  ticker('USDC', 'USDT', 5000), // stablecoin pair: out unless asked for
  ticker('BTCUP', 'USDT', 700), // Binance leveraged token: out
  ticker('ETH3L', 'USDT', 650), // 3× long token: out
  ticker('SOL', 'USDT', 300, 12),
  ticker('DOGE', 'USDT', 50, 2),
  ticker('OLD', 'USDT', 10_000, 0, false), // delisted: out
  ticker('ETH', 'BTC', 10_000), // other quote: out
  ticker('JUP', 'USDT', 100, 0), // a real coin ending in UP
];

describe('selectUniverse (hand-worked tickers)', () => {
  it.each([
    ['top 3 by quote volume', { quote: 'USDT', top: 3 }, ['BTCUSDT', 'ETHUSDT', 'SOLUSDT']],
    ['quote is case-insensitive', { quote: 'usdt', top: 1 }, ['BTCUSDT']],
    [
      'min volume 100 drops DOGE',
      { quote: 'USDT', top: 10, minVolume: 100 },
      ['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'JUPUSDT'],
    ],
    [
      'by absolute change: SOL 12, ETH −7, DOGE 2',
      { quote: 'USDT', top: 3, by: 'change' as const },
      ['SOLUSDT', 'ETHUSDT', 'DOGEUSDT'],
    ],
    [
      'stablecoin pairs on request',
      { quote: 'USDT', top: 1, includeStablecoins: true },
      ['USDCUSDT'],
    ],
    [
      'leveraged tokens on request',
      { quote: 'USDT', top: 4, includeLeveraged: true },
      ['BTCUSDT', 'ETHUSDT', 'BTCUPUSDT', 'ETH3LUSDT'],
    ],
  ])('%s', (_case, options, expected) => {
    expect(selectUniverse(TICKERS, options).map((t) => t.ticker)).toEqual(expected);
  });

  it.each([
    ['BTCUP', true],
    ['BTCDOWN', true],
    ['ETHBULL', true],
    ['ETHBEAR', true],
    ['ETH3L', true],
    ['BTC5S', true],
    ['BTC', false],
    ['JUP', false],
    ['SUSHI', false],
    ['C98', false],
  ])('isLeveragedToken(%s) = %s', (base, expected) => {
    expect(isLeveragedToken(base)).toBe(expected);
  });

  it('rejects --top 0 with a message', () => {
    expect(() => selectUniverse(TICKERS, { quote: 'USDT', top: 0 })).toThrow(
      '--top: 0 is not a positive whole number',
    );
  });
});

describe('universe from a local Binance imitation through ccxt', () => {
  const T0 = Date.UTC(2024, 5, 1);
  const minutes = minuteSeries({ start: T0, count: 180 });
  const market = (id: string, base: string, quote: string, quoteVolume: number): FakeMarket => ({
    id,
    base,
    quote,
    kind: 'spot',
    tickSize: '0.01',
    stepSize: '0.001',
    minutes,
    quoteVolume,
  });

  it('ranks /api/v3/ticker/24hr quote volumes, filters, and fetches the selection', async () => {
    const fake = await new FakeBinance({
      markets: [
        market('BTCUSDT', 'BTC', 'USDT', 3e9),
        market('ETHUSDT', 'ETH', 'USDT', 2e9),
        market('FDUSDUSDT', 'FDUSD', 'USDT', 5e9),
        market('BTCUPUSDT', 'BTCUP', 'USDT', 4e9),
        market('XRPUSDT', 'XRP', 'USDT', 1e6),
        market('ETHBTC', 'ETH', 'BTC', 9e9),
      ],
      now: () => T0 + 180 * MINUTE,
    }).start();
    const database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
    try {
      const provider = fakeBinanceProvider(fake);
      const top = await loadUniverse(provider, { quote: 'USDT', top: 2 });
      expect(top.map((t) => [t.ticker, t.providerSymbol, t.quoteVolume])).toEqual([
        ['BTCUSDT', 'BTC/USDT', 3e9],
        ['ETHUSDT', 'ETH/USDT', 2e9],
      ]);
      const candles = new CandleStore(database);
      const fetched = await fetchUniverse(
        { candles, provider, now: () => T0 + 180 * MINUTE },
        { quote: 'USDT', top: 2 },
        { timeframe: parseTimeframe('60'), from: T0 },
      );
      expect(fetched.map((f) => [f.result.dataset?.ticker, f.result.added])).toEqual([
        ['BTCUSDT', 3],
        ['ETHUSDT', 3],
      ]);
    } finally {
      await database.close();
      await fake.close();
    }
  });
});

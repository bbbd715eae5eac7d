import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTimeframe } from '@barwise/core';
import { FakeBinance } from '../../test-support/fake-exchange/fake-binance.ts';
import {
  fakeBinanceProvider,
  MINUTE,
  minuteSeries,
} from '../../test-support/fake-exchange/fake-market-data.ts';
import { CsvProvider } from './csv-provider.ts';
import { marketDataProviderContract } from './market-data-provider.contract.ts';
import { SyntheticProvider } from './synthetic-provider.ts';

const T0 = Date.UTC(2024, 0, 1);
const M1 = parseTimeframe('1');
const minutes = minuteSeries({ start: T0, count: 2500 });

marketDataProviderContract('ccxt binance (local imitation)', async () => {
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
    now: () => T0 + 2500 * MINUTE,
  }).start();
  return {
    provider: fakeBinanceProvider(fake),
    name: 'BTC/USDT',
    unknownName: 'NOPE/USDT',
    timeframe: M1,
    // 2,200 minutes: three pages at Binance's 1,000-bar limit.
    range: { from: T0 + 100 * MINUTE, to: T0 + 2300 * MINUTE },
    expectedBars: 2200,
    close: () => fake.close(),
  };
});

marketDataProviderContract('csv file', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'barwise-csv-provider-'));
  const file = path.join(dir, 'btc.csv');
  const lines = ['time,open,high,low,close,volume'];
  for (let i = 0; i < 300; i++)
    lines.push(
      `${new Date(T0 + i * MINUTE).toISOString()},${minutes.open[i]},${minutes.high[i]},${minutes.low[i]},${minutes.close[i]},${minutes.volume[i]}`,
    );
  writeFileSync(file, `${lines.join('\n')}\n`);
  return {
    provider: new CsvProvider({ file, ticker: 'BTC', timeframe: M1 }),
    name: 'BTC',
    unknownName: 'ETH',
    timeframe: M1,
    range: { from: T0 + 10 * MINUTE, to: T0 + 250 * MINUTE },
    expectedBars: 240,
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

marketDataProviderContract('synthetic', async () => ({
  provider: new SyntheticProvider({ seed: 3, start: T0 }),
  name: 'SYN',
  unknownName: 'not a ticker',
  timeframe: parseTimeframe('60'),
  range: { from: T0 + 5 * 60 * MINUTE, to: T0 + 29 * 60 * MINUTE },
  expectedBars: 24,
  close: async () => {},
}));

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/server/src/cli/main.ts';
import { FakeBinance } from '../../packages/server/src/test-support/fake-exchange/fake-binance.ts';
import {
  MINUTE,
  minuteSeries,
} from '../../packages/server/src/test-support/fake-exchange/fake-market-data.ts';

// Issue 8 acceptance: `barwise data fetch` against a local imitation of Binance's REST API
// (127.0.0.1 only, reached through BARWISE_EXCHANGE_URL_BINANCE), then `barwise data show`.
const T0 = Date.UTC(2024, 0, 1);
const COUNT = 2500;
// Binance had no bars for minutes 2000 … 2009 (a maintenance window in the fake's data).
const HOLE = [T0 + 2000 * MINUTE, T0 + 2010 * MINUTE] as const;
const minutes = minuteSeries({ start: T0, count: COUNT, seed: 11, holes: [HOLE] });

let fake: FakeBinance;
let dataDir: string;

async function barwise(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { BARWISE_DATA_DIR: dataDir, BARWISE_EXCHANGE_URL_BINANCE: fake.url },
    cwd: dataDir,
  });
  return { code, stdout, stderr };
}

async function ok(...argv: string[]) {
  const run = await barwise(...argv);
  if (run.code !== 0)
    throw new Error(`barwise ${argv.join(' ')} exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'barwise-fetch-cli-'));
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
        id: 'ETHUSDT',
        base: 'ETH',
        quote: 'USDT',
        kind: 'spot',
        tickSize: '0.01',
        stepSize: '0.0001',
        minutes,
        quoteVolume: 1,
      },
    ],
  }).start();
});
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('barwise data fetch / gaps / show against a local Binance', () => {
  it('fetches, then `data show` prints every bar the exchange served, with its values', async () => {
    const out = await ok('data', 'fetch', 'binance:BTC/USDT', '1', '--from', '2024-01-01');
    expect(out).toContain('fetched 2,490 bars of binance:BTCUSDT 1 in 3 pages');
    const lines = (await ok('data', 'show', 'binance:BTCUSDT', '1')).trim().split('\n');
    expect(lines[0]).toBe('time,open,high,low,close,volume');
    expect(lines).toHaveLength(COUNT - 10 + 1);
    expect(lines[1]?.startsWith('2024-01-01T00:00')).toBe(true);
    const closes = lines.slice(1).map((l) => Number(l.split(',')[4]));
    expect(closes).toEqual(Array.from(minutes.close));
  });

  it('a second fetch adds nothing (incremental)', async () => {
    expect(await ok('data', 'fetch', 'binance:BTCUSDT', '1', '--from', '2024-01-01')).toContain(
      'fetched 0 bars',
    );
  });

  it('stores the exchange’s tick and lot size as the symbol info', async () => {
    const listed = JSON.parse(await ok('data', 'list', '--json')) as {
      ticker: string;
      symbol: { mintick: number; lotSize: number; currency: string };
    }[];
    expect(listed.find((d) => d.ticker === 'BTCUSDT')?.symbol).toMatchObject({
      mintick: 0.01,
      lotSize: 0.00001,
      currency: 'USDT',
    });
  });

  it('lists the exchange-side gap, repairs it once, then reports it as known', async () => {
    const listed = await ok('data', 'gaps', 'binance:BTC/USDT', '1');
    expect(listed).toContain('1 gaps, 10 bars missing');
    expect(listed).toMatch(/2024-01-02T09:20\S*\s+2024-01-02T09:30\S*\s+10\s+missing/);
    const repaired = await ok('data', 'gaps', 'binance:BTCUSDT', '1', '--repair');
    expect(repaired).toContain("re-requested 1 gaps: +0 bars, 1 recorded as the exchange's own");
    const requests = fake.klineLog().length;
    const again = await ok('data', 'gaps', 'binance:BTCUSDT', '1', '--repair');
    expect(again).toContain('re-requested 0 gaps');
    expect(again).toContain('known: the exchange has none');
    expect(fake.klineLog().length).toBe(requests);
  });

  it('an unknown symbol is a one-line error and exit code 1', async () => {
    const run = await barwise('data', 'fetch', 'binance:NOPE/USDT', '1', '--from', '2024-01-01');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^barwise: binance has no market "NOPE\/USDT" [^\n]*\n$/);
  });

  it('an unknown exchange is a one-line error and exit code 1', async () => {
    const run = await barwise(
      'data',
      'fetch',
      'nosuchexchange:BTC/USDT',
      '1',
      '--from',
      '2024-01-01',
    );
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 1,
      stderr: expect.stringMatching(/^barwise: unknown exchange "nosuchexchange" [^\n]*\n$/),
    });
  });

  it('--keep-fresh, then `data refresh` appends nothing new from a finished series', async () => {
    await ok('data', 'fetch', 'binance:ETHUSDT', '60', '--from', '2024-01-01', '--keep-fresh');
    // 2,500 minutes span 42 hours (the last one partly): 00:00 … 17:00 on the 2nd, all closed long ago.
    expect(await ok('data', 'refresh')).toBe(
      'binance:ETHUSDT 60: +0 bars, 42 bars, 2024-01-01T00:00:00+00:00 … 2024-01-02T17:00:00+00:00\n',
    );
  });

  it('lists the universe by 24 h volume', async () => {
    const out = await ok('data', 'universe', 'binance', '--top', '1');
    expect(out.split('\n')[2]).toMatch(/^1\s+BTCUSDT\s+BTC\/USDT/);
  });

  it('documents the exchange URL override in --help', async () => {
    const run = await barwise('data', 'fetch', '--help');
    expect(run.stdout).toContain('BARWISE_EXCHANGE_URL_<EXCHANGE>');
  });
});

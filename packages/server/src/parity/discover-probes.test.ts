import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverProbes } from './discover-probes.ts';

const root = mkdtempSync(path.join(tmpdir(), 'barwise-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function probe(corpus: string, name: string, inputs?: object): void {
  const dir = path.join(corpus, 'validation', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'strategy.pine'), '//@version=6\nstrategy("p")\n');
  writeFileSync(path.join(dir, 'tv_trades.csv'), 'Trade #,Type\n');
  if (inputs) writeFileSync(path.join(dir, 'inputs.json'), JSON.stringify(inputs));
}

describe('discoverProbes: which bar file a probe runs on', () => {
  it('takes the warm-up twin of the default feed and of a feed inputs.json names', async () => {
    const corpus = path.join(root, 'with-warmup');
    mkdirSync(path.join(corpus, 'data'), { recursive: true });
    for (const f of ['ohlcv_ETH-USDT-USDT_15m.csv', 'ohlcv_ETH-USDT-USDT_15m_warmup6m.csv'])
      writeFileSync(path.join(corpus, 'data', f), 'timestamp,open,high,low,close,volume\n');
    probe(corpus, 'a-default');
    probe(corpus, 'b-named', { ohlcv_csv: '../../data/ohlcv_ETH-USDT-USDT_15m.csv' });
    const files = (await discoverProbes(corpus)).map((p) => path.basename(p.dataFile));
    expect(files).toEqual([
      'ohlcv_ETH-USDT-USDT_15m_warmup6m.csv',
      'ohlcv_ETH-USDT-USDT_15m_warmup6m.csv',
    ]);
  });

  it('keeps the plain feed when there is no twin', async () => {
    const corpus = path.join(root, 'plain');
    mkdirSync(path.join(corpus, 'data'), { recursive: true });
    writeFileSync(
      path.join(corpus, 'data', 'ohlcv_ETH-USDT-USDT_15m.csv'),
      'timestamp,open,high,low,close,volume\n',
    );
    probe(corpus, 'a-named', { ohlcv_csv: '../../data/ohlcv_ETH-USDT-USDT_15m.csv' });
    const [only] = await discoverProbes(corpus);
    expect(path.basename(only!.dataFile)).toBe('ohlcv_ETH-USDT-USDT_15m.csv');
    expect(only!.skipReason).toBeNull();
  });
});

/**
 * The reader, discovery and data loading on the real PineForge corpus under <repo>/corpora/ (kept
 * out of git; these tests skip when it is absent, as in CI).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTradeListCsv } from '@barwise/core';
import { describe, expect, it } from 'vitest';
import { discoverProbes } from './discover-probes.ts';
import { loadProbeBars } from './load-probe-bars.ts';
import { CORPUS_EXPORT_TIMEZONE } from './probe-settings.ts';

const CORPUS = fileURLToPath(new URL('../../../../corpora/pineforge-corpus/', import.meta.url));
const present = existsSync(path.join(CORPUS, 'validation'));

describe.skipIf(!present)('PineForge corpus files', () => {
  it('reads a TradingView export whose market entries fill at the open of the listed bar', async () => {
    // TradingView fills a market order at the next bar's open and stamps the trade with that bar
    // (TRADINGVIEW-SEMANTICS rule 1): read in UTC+8, each entry price is that bar's open.
    const probe = path.join(CORPUS, 'validation/ta-rsi14-cross-50-01');
    const trades = readTradeListCsv(await readFile(path.join(probe, 'tv_trades.csv'), 'utf8'), {
      timezone: CORPUS_EXPORT_TIMEZONE,
    });
    expect(trades).toHaveLength(4690);
    expect(trades.filter((t) => t.open).map((t) => t.tradeNumber)).toEqual([4690]);
    const bars = await loadProbeBars(
      path.join(CORPUS, 'data/ohlcv_ETH-USDT-USDT_15m_warmup6m.csv'),
    );
    const openAt = new Map<number, number>();
    for (let i = 0; i < bars.length; i++) openAt.set(bars.time[i]!, bars.open[i]!);
    for (const t of trades.slice(0, 200)) expect(openAt.get(t.entry.time)).toBe(t.entry.price);
  });

  it('discovers the probes and skips those needing the missing 1-minute feed', async () => {
    const probes = await discoverProbes(CORPUS);
    expect(probes).toHaveLength(246);
    const skipped = probes.filter((p) => p.skipReason).map((p) => p.name);
    expect(skipped).toEqual(
      expect.arrayContaining([
        'magnifier-tick-dist-endpoints-01',
        'barstate-isconfirmed-magnifier-on-01a',
        'ltf-bool-array-bull-majority-01',
        'ltf-numeric-float-ratio15-01',
      ]),
    );
    expect(skipped).not.toContain('barstate-isconfirmed-magnifier-off-01b');
    const analyzer = probes.find((p) => p.name === 'analyzer-self-test-multi-mode-01')!;
    expect(analyzer.settings).toMatchObject({
      tvTradesFile: 'trades-htf_d_high1.csv',
      tvTimezone: 'UTC+8',
      inputs: { 'Analysis mode': 'htf_d_high1' },
    });
    expect(path.basename(probes.find((p) => p.name === 'ta-rsi14-cross-50-01')!.dataFile)).toBe(
      'ohlcv_ETH-USDT-USDT_15m_warmup6m.csv',
    );
  });

  it('reads every export in the corpus', async () => {
    for (const probe of await discoverProbes(CORPUS)) {
      const file = path.join(probe.dir, probe.settings.tvTradesFile);
      if (!existsSync(file)) continue;
      const trades = readTradeListCsv(await readFile(file, 'utf8'), {
        timezone: probe.settings.tvTimezone,
        source: file,
      });
      expect(trades.length, probe.name).toBeGreaterThan(0);
    }
  });
});

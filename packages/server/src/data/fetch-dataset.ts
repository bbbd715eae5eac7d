/**
 * `barwise data fetch`: downloads an instrument's bars into the candle store, incrementally.
 * Only bars after the stored coverage are requested (and, when `from` lies before it, the history
 * before the first stored bar); each page is stored as it arrives, so an interrupted download
 * resumes where it stopped with no duplicates and no holes. The bar still open at `now` is never
 * requested as final: the range ends at its open time.
 */
import { formatTimeframe, type Timeframe, timeframeMs } from '@barwise/core';
import type { CandleStore } from './candle-store.ts';
import type { Dataset } from './dataset.ts';
import { barOpenAt, nextBarOpen } from './fetch-bar-clock.ts';
import { planSource, targetBarPages } from './fetch-bar-stream.ts';
import type { KeepFreshStore } from './fetch-keep-fresh-store.ts';
import type { BarRange, Instrument, MarketDataProvider } from './providers/market-data-provider.ts';

export interface FetchDeps {
  readonly candles: CandleStore;
  readonly provider: MarketDataProvider;
  /** The clock deciding which bar is still open (ms UTC); tests inject one. */
  readonly now?: () => number;
  /** Needed only for `keepFresh`. */
  readonly keepFresh?: KeepFreshStore;
}

export interface FetchRequest {
  /** Instrument as the provider names it (`BTC/USDT`, `BTCUSDT`, `BTCUSDT.P`). */
  readonly symbol: string;
  readonly timeframe: Timeframe;
  /** First bar wanted, ms UTC. */
  readonly from: number;
  /** End of the wanted bars (exclusive), ms UTC; default: the open of the still-open bar. */
  readonly to?: number | undefined;
  /** Mark the dataset for `barwise data refresh`. */
  readonly keepFresh?: boolean | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: FetchProgress) => void) | undefined;
}

export interface FetchProgress {
  readonly bars: number;
  readonly pages: number;
  /** Bars the requested ranges hold at most (the timeframe's length into their span). */
  readonly expectedBars: number;
}

export interface FetchResult {
  /** Undefined when nothing was stored and no dataset existed. */
  readonly dataset: Dataset | undefined;
  readonly instrument: Instrument;
  readonly added: number;
  readonly pages: number;
  /** The native timeframe bars were resampled from, when the provider lacks the requested one. */
  readonly resampledFrom?: Timeframe | undefined;
  /** The ranges requested ([] when the dataset was already up to date). */
  readonly ranges: readonly BarRange[];
}

export async function fetchDataset(deps: FetchDeps, request: FetchRequest): Promise<FetchResult> {
  const { candles, provider } = deps;
  const instrument = await provider.describe(request.symbol);
  const { timeframe } = request;
  const plan = planSource(instrument, timeframe);
  const symbol = instrument.symbol;
  const now = deps.now?.() ?? Date.now();
  const end = barOpenAt(symbol, timeframe, Math.min(request.to ?? now, now));
  const start = plan.resampled ? alignUp(instrument, timeframe, request.from) : request.from;
  const key = { source: provider.source, ticker: symbol.ticker, timeframe };
  let dataset = await candles.find(key);
  const ranges: { range: BarRange; merge: boolean }[] = [];
  if (!dataset || dataset.firstTime === null || dataset.lastTime === null) {
    ranges.push({ range: { from: start, to: end }, merge: false });
  } else {
    if (start < dataset.firstTime)
      ranges.push({ range: { from: start, to: dataset.firstTime }, merge: true });
    const after = Math.max(start, nextBarOpen(symbol, timeframe, dataset.lastTime));
    ranges.push({ range: { from: after, to: end }, merge: false });
  }
  const wanted = ranges.filter((r) => r.range.from < r.range.to);
  const origin = `${provider.source} ${instrument.providerSymbol}${plan.resampled ? `, resampled from ${formatTimeframe(plan.native)}` : ''}`;
  const step = timeframeMs(timeframe);
  const expectedBars = wanted.reduce(
    (sum, r) => sum + Math.max(0, Math.ceil((r.range.to - r.range.from) / step)),
    0,
  );
  let added = 0;
  let pages = 0;
  let received = 0;
  for (const { range, merge } of wanted) {
    for await (const page of targetBarPages(
      provider,
      instrument,
      timeframe,
      range,
      request.signal,
    )) {
      if (page.length === 0) continue;
      const options = { source: provider.source, origin };
      const written = merge
        ? await candles.merge(page, options)
        : await candles.write(page, { ...options, mode: 'append' });
      dataset = written.dataset;
      added += written.added;
      received += page.length;
      pages++;
      request.onProgress?.({ bars: received, pages, expectedBars });
    }
  }
  if (request.keepFresh && dataset) {
    if (!deps.keepFresh) throw new Error('fetchDataset: keepFresh needs a KeepFreshStore');
    await deps.keepFresh.mark(dataset);
  }
  return {
    dataset,
    instrument,
    added,
    pages,
    resampledFrom: plan.resampled ? plan.native : undefined,
    ranges: wanted.map((r) => r.range),
  };
}

/** The first bar open at or after `t`. */
function alignUp(instrument: Instrument, timeframe: Timeframe, t: number): number {
  const open = barOpenAt(instrument.symbol, timeframe, t);
  return open === t ? t : nextBarOpen(instrument.symbol, timeframe, open);
}

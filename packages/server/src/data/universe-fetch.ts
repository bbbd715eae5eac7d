/** `barwise data universe --fetch`: downloads the selected markets one after another. */
import type { Timeframe } from '@barwise/core';
import { type FetchDeps, type FetchResult, fetchDataset } from './fetch-dataset.ts';
import type { MarketDataProvider } from './providers/market-data-provider.ts';
import type { TickerSnapshot, TickerSource } from './providers/ticker-source.ts';
import { loadUniverse, type UniverseOptions } from './universe.ts';

export interface UniverseFetchRequest {
  readonly timeframe: Timeframe;
  readonly from: number;
  readonly keepFresh?: boolean | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Called before each market's download. */
  readonly onMarket?: ((entry: TickerSnapshot, index: number, count: number) => void) | undefined;
}

export async function fetchUniverse(
  deps: FetchDeps & { readonly provider: MarketDataProvider & TickerSource },
  selection: UniverseOptions,
  request: UniverseFetchRequest,
): Promise<{ entry: TickerSnapshot; result: FetchResult }[]> {
  const entries = await loadUniverse(deps.provider, selection);
  const results: { entry: TickerSnapshot; result: FetchResult }[] = [];
  for (const [index, entry] of entries.entries()) {
    request.onMarket?.(entry, index, entries.length);
    const result = await fetchDataset(deps, {
      symbol: entry.providerSymbol,
      timeframe: request.timeframe,
      from: request.from,
      keepFresh: request.keepFresh,
      signal: request.signal,
    });
    results.push({ entry, result });
  }
  return results;
}

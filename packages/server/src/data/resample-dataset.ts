/** Builds a higher-timeframe dataset from a stored one and stores it beside its source. */
import { formatTimeframe, resampleBars, type Timeframe } from '@barwise/core';
import type { CandleStore, WriteResult } from './candle-store.ts';

export async function resampleDataset(
  store: CandleStore,
  from: { ticker: string; timeframe: Timeframe; source?: string | undefined },
  target: Timeframe,
): Promise<WriteResult> {
  const dataset = await store.resolve(from.ticker, from.timeframe, from.source);
  const bars = resampleBars(await store.load(dataset), target);
  return store.write(bars, {
    source: dataset.source,
    origin: `resampled from ${formatTimeframe(dataset.timeframe)}`,
    mode: 'replace',
  });
}

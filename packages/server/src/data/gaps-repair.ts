/**
 * `barwise data gaps`: missing intervals of a stored dataset (core's findGaps), and their repair:
 * each gap not known to be the exchange's own is re-requested and the bars merged in; what is
 * still missing afterwards is the exchange's gap (maintenance) and is recorded as known, so a later
 * repair does not ask for it again.
 */
import type { Gap } from '@barwise/core';
import { findGaps } from '@barwise/core';
import type { CandleStore } from './candle-store.ts';
import type { Dataset } from './dataset.ts';
import { targetBarPages } from './fetch-bar-stream.ts';
import { isKnownGap, type KnownGapStore } from './gaps-known-store.ts';
import type { MarketDataProvider } from './providers/market-data-provider.ts';

export interface GapDeps {
  readonly candles: CandleStore;
  readonly knownGaps: KnownGapStore;
}

export interface DatasetGap extends Gap {
  /** The exchange has no bars here (recorded by an earlier repair). */
  readonly known: boolean;
}

export async function listDatasetGaps(deps: GapDeps, dataset: Dataset): Promise<DatasetGap[]> {
  const known = await deps.knownGaps.list(dataset);
  const gaps = findGaps(await deps.candles.load(dataset));
  return gaps.map((g) => ({ ...g, known: isKnownGap(g, known) }));
}

export interface RepairResult {
  readonly dataset: Dataset;
  /** Gaps re-requested from the provider. */
  readonly requested: readonly Gap[];
  readonly added: number;
  /** Gaps the provider has no bars for, now recorded as known. */
  readonly recordedKnown: readonly Gap[];
  /** Gaps left: the known ones, old and new. */
  readonly remaining: readonly DatasetGap[];
}

export async function repairDatasetGaps(
  deps: GapDeps & { readonly provider: MarketDataProvider },
  dataset: Dataset,
  signal?: AbortSignal,
): Promise<RepairResult> {
  const { candles, knownGaps, provider } = deps;
  const requested = (await listDatasetGaps(deps, dataset)).filter((g) => !g.known);
  if (requested.length === 0)
    return {
      dataset,
      requested,
      added: 0,
      recordedKnown: [],
      remaining: await listDatasetGaps(deps, dataset),
    };
  const instrument = await provider.describe(dataset.ticker);
  let current = dataset;
  let added = 0;
  for (const gap of requested) {
    const range = { from: gap.from, to: gap.to };
    for await (const page of targetBarPages(
      provider,
      instrument,
      dataset.timeframe,
      range,
      signal,
    )) {
      if (page.length === 0) continue;
      // Keep the dataset's own symbol metadata: the merge only adds bars.
      const written = await candles.merge(
        { ...page, symbol: current.symbol },
        { source: dataset.source, origin: current.origin },
      );
      current = written.dataset;
      added += written.added;
    }
  }
  const after = findGaps(await candles.load(current));
  const overlaps = (g: Gap) => requested.some((r) => g.from < r.to && r.from < g.to);
  const recordedKnown = after.filter(overlaps);
  await knownGaps.record(current, recordedKnown);
  return {
    dataset: current,
    requested,
    added,
    recordedKnown,
    remaining: await listDatasetGaps(deps, current),
  };
}

/**
 * Bars of the wanted timeframe from a provider, page by page: as served when the provider has the
 * timeframe, else resampled (resampleBars) from the highest native timeframe that divides it, a
 * bar being passed on only once all of its source bars have arrived.
 */
import {
  BAR_FIELDS,
  type Bars,
  checkTarget,
  compareTimeframes,
  createBars,
  formatTimeframe,
  resampleBars,
  sameTimeframe,
  sliceByTime,
  type Timeframe,
} from '@barwise/core';
import type { BarRange, Instrument, MarketDataProvider } from './providers/market-data-provider.ts';
import { ProviderError } from './providers/market-data-provider.ts';

export interface SourcePlan {
  /** The timeframe requested from the provider. */
  readonly native: Timeframe;
  readonly resampled: boolean;
}

/** The provider's own timeframe, or the highest native one the target can be resampled from. */
export function planSource(instrument: Instrument, target: Timeframe): SourcePlan {
  if (instrument.timeframes.some((tf) => sameTimeframe(tf, target)))
    return { native: target, resampled: false };
  const sources = instrument.timeframes
    .filter((tf) => {
      try {
        checkTarget(tf, target);
        return true;
      } catch {
        return false;
      }
    })
    .sort(compareTimeframes);
  const best = sources.at(-1);
  if (!best)
    throw new ProviderError(
      `no ${formatTimeframe(target)} bars for ${instrument.providerSymbol}, and none of its timeframes (${instrument.timeframes.map(formatTimeframe).join(', ')}) resamples to it`,
    );
  return { native: best, resampled: true };
}

/**
 * Target bars with range.from ≤ time < range.to; with resampling, `range` should be on the
 * target's grid (a partial first or last bar would otherwise be built from part of its data).
 */
export async function* targetBarPages(
  provider: MarketDataProvider,
  instrument: Instrument,
  target: Timeframe,
  range: BarRange,
  signal?: AbortSignal,
): AsyncIterable<Bars> {
  const plan = planSource(instrument, target);
  if (!plan.resampled) {
    yield* provider.pages(instrument, target, range, signal);
    return;
  }
  let pending: Bars | undefined;
  for await (const page of provider.pages(instrument, plan.native, range, signal)) {
    const source = pending ? concatBars(pending, page) : page;
    const built = resampleBars(source, target);
    if (built.length < 2) {
      pending = source;
      continue;
    }
    // The last target bar may still be missing source bars from the next page.
    const lastOpen = built.time[built.length - 1]!;
    pending = sliceByTime(source, lastOpen);
    yield sliceByTime(built, -Infinity, lastOpen);
  }
  if (pending && pending.length > 0) yield resampleBars(pending, target);
}

function concatBars(a: Bars, b: Bars): Bars {
  const columns = Object.fromEntries(
    BAR_FIELDS.map((field) => {
      const out = new Float64Array(a.length + b.length);
      out.set(a[field]);
      out.set(b[field], a.length);
      return [field, out];
    }),
  ) as Record<(typeof BAR_FIELDS)[number], Float64Array>;
  return createBars(a.symbol, a.timeframe, columns);
}

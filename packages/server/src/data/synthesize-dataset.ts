/** Stores a seeded synthetic dataset under the `synthetic` source (replacing any earlier one). */
import { symbolInfo, syntheticBars, type Timeframe } from '@barwise/core';
import type { CandleStore, WriteResult } from './candle-store.ts';

export interface SynthesizeOptions {
  readonly ticker: string;
  readonly timeframe: Timeframe;
  readonly bars: number;
  readonly seed: number;
  /** Open time of the first bar, ms UTC. */
  readonly start: number;
  readonly startPrice?: number;
}

export async function synthesizeDataset(
  store: CandleStore,
  options: SynthesizeOptions,
): Promise<WriteResult> {
  const bars = syntheticBars({
    symbol: symbolInfo(options.ticker),
    timeframe: options.timeframe,
    bars: options.bars,
    seed: options.seed,
    start: options.start,
    ...(options.startPrice ? { startPrice: options.startPrice } : {}),
  });
  return store.write(bars, {
    source: 'synthetic',
    origin: `synthetic seed ${options.seed}`,
    mode: 'replace',
  });
}

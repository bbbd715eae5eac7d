/** Minute bars for the fake exchange: seeded synthetic data, optionally with the exchange's own holes. */
import {
  BAR_FIELDS,
  type Bars,
  createBars,
  parseTimeframe,
  symbolInfo,
  syntheticBars,
} from '@barwise/core';
import { CcxtProvider, type CcxtProviderOptions } from '../../data/providers/ccxt-provider.ts';
import type { FakeBinance } from './fake-binance.ts';

export const MINUTE = 60_000;

export interface MinuteSeriesOptions {
  /** Open of the first minute, ms UTC (on the minute). */
  readonly start: number;
  readonly count: number;
  readonly seed?: number;
  /** Minutes the exchange has no bars for, as [from, to) times. */
  readonly holes?: readonly (readonly [number, number])[];
}

export function minuteSeries(options: MinuteSeriesOptions): Bars {
  const all = syntheticBars({
    symbol: symbolInfo('FAKE', { timezone: 'UTC' }),
    timeframe: parseTimeframe('1'),
    bars: options.count,
    seed: options.seed ?? 1,
    start: options.start,
  });
  const holes = options.holes ?? [];
  const keep: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const t = all.time[i]!;
    if (!holes.some(([from, to]) => t >= from && t < to)) keep.push(i);
  }
  const columns = Object.fromEntries(
    BAR_FIELDS.map((f) => [f, Float64Array.from(keep, (i) => all[f][i]!)]),
  ) as Record<(typeof BAR_FIELDS)[number], Float64Array>;
  return createBars(all.symbol, all.timeframe, columns);
}

/** A ccxt Binance client pointed at the fake; retries wait 1 ms instead of seconds. */
export function fakeBinanceProvider(
  fake: FakeBinance,
  overrides: Partial<CcxtProviderOptions> = {},
): CcxtProvider {
  return new CcxtProvider({
    exchange: 'binance',
    baseUrl: fake.url,
    retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 4 },
    ...overrides,
  });
}

/**
 * Seeded synthetic bars as a provider (core's syntheticBars, as `barwise data synth` uses them):
 * the series is generated from a fixed anchor, so any range of it is the same whatever is asked.
 */
import {
  type Bars,
  InputError,
  parseTimeframe,
  sliceByTime,
  symbolInfo,
  syntheticBars,
  type Timeframe,
  timeframeMs,
} from '@barwise/core';
import type { BarRange, Instrument, MarketDataProvider } from './market-data-provider.ts';

export interface SyntheticProviderOptions {
  readonly seed: number;
  /** Open of the series' first bar, ms UTC (default 2020-01-01). */
  readonly start?: number | undefined;
}

const TIMEFRAMES = ['1', '5', '15', '60', '240', '1D', '1W'].map(parseTimeframe);

export class SyntheticProvider implements MarketDataProvider {
  readonly source = 'synthetic';
  private readonly start: number;

  constructor(private readonly options: SyntheticProviderOptions) {
    this.start = options.start ?? Date.UTC(2020, 0, 1);
  }

  /** Any ticker-like name is a synthetic instrument. */
  async describe(name: string): Promise<Instrument> {
    if (!/^[A-Za-z0-9._-]+$/.test(name))
      throw new InputError(`"${name}" is not a ticker (letters, digits, . _ -)`);
    return {
      symbol: symbolInfo(name),
      providerSymbol: `seed ${this.options.seed}`,
      timeframes: TIMEFRAMES,
    };
  }

  async *pages(instrument: Instrument, timeframe: Timeframe, range: BarRange): AsyncIterable<Bars> {
    if (range.to <= this.start || range.from >= range.to) return;
    // Enough bars from the anchor to pass range.to (sessions only thin them out).
    const count = Math.ceil((range.to - this.start) / timeframeMs(timeframe)) + 1;
    const all = syntheticBars({
      symbol: instrument.symbol,
      timeframe,
      bars: count,
      seed: this.options.seed,
      start: this.start,
    });
    const page = sliceByTime(all, range.from, range.to);
    if (page.length > 0) yield page;
  }
}

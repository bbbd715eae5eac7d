/**
 * Where bars come from: an exchange through ccxt, a CSV file, the synthetic generator. Every
 * provider passes market-data-provider.contract.ts; the fetch, gap and refresh services use only
 * this interface.
 */
import { type Bars, InputError, type SymbolInfo, type Timeframe } from '@barwise/core';

export interface Instrument {
  /** Symbol metadata stored with the dataset; `symbol.ticker` is the dataset's ticker. */
  readonly symbol: SymbolInfo;
  /** The provider's own name of the instrument (a ccxt unified symbol, a file name), for origin text. */
  readonly providerSymbol: string;
  /** Timeframes the provider serves as such; others are resampled from one of these. */
  readonly timeframes: readonly Timeframe[];
}

export interface BarRange {
  /** Inclusive lower bound on bar open time, ms UTC. */
  readonly from: number;
  /** Exclusive upper bound on bar open time, ms UTC. */
  readonly to: number;
}

export interface MarketDataProvider {
  /** Dataset source name: the exchange id (`binance`), `csv`, `synthetic`. */
  readonly source: string;
  /** The instrument a user's name refers to; an unknown name is an InputError naming it. */
  describe(name: string): Promise<Instrument>;
  /**
   * Bars of a native timeframe with `from <= time < to`, page by page as the provider delivers
   * them: times strictly increasing within and across pages, each bar once. Stops at `to` or
   * where the provider has no more bars. A page is delivered before the next is requested, so a
   * consumer that stores each page loses nothing when the download breaks off.
   */
  pages(
    instrument: Instrument,
    timeframe: Timeframe,
    range: BarRange,
    signal?: AbortSignal,
  ): AsyncIterable<Bars>;
}

/** A provider could not deliver: unknown symbol or timeframe, exchange down after retries. */
export class ProviderError extends InputError {
  override name = 'ProviderError';
}

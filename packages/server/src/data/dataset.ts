/** A stored series of bars: identity (source, ticker, timeframe), symbol metadata and coverage. */
import type { SymbolInfo, Timeframe } from '@barwise/core';

export interface DatasetKey {
  /** Where the bars came from: `csv`, `synthetic`, an exchange id such as `binance`. */
  readonly source: string;
  readonly ticker: string;
  readonly timeframe: Timeframe;
}

export interface Dataset extends DatasetKey {
  readonly id: string;
  readonly symbol: SymbolInfo;
  /** How the bars were made: the imported file, the resampled source, the synthetic seed. */
  readonly origin: string;
  readonly barCount: number;
  /** Open time of the first and last bar, ms UTC; null while empty. */
  readonly firstTime: number | null;
  readonly lastTime: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Turns reference OHLCV files into Bars through market's CSV reader, for acceptance tests. */
import type { Bars } from '../../market/bars.ts';
import { parseOhlcvCsv } from '../../market/csv/index.ts';
import { symbolInfo } from '../../market/symbol-info.ts';
import { parseTimeframe } from '../../market/timeframe.ts';

export function referenceBars(
  text: string,
  ticker: string,
  source: string,
  timeframe = '1D',
): Bars {
  return parseOhlcvCsv(text, {
    symbol: symbolInfo(ticker),
    timeframe: parseTimeframe(timeframe),
    source,
  }).bars;
}

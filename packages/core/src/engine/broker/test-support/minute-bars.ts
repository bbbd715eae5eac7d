/** Hand-made bars for broker tests: [open, high, low, close] rows, one minute apart from t = 0. */
import { type Bars, barsFromRows } from '../../../market/bars.ts';
import { symbolInfo } from '../../../market/symbol-info.ts';
import { parseTimeframe } from '../../../market/timeframe.ts';

export type OhlcRow = [open: number, high: number, low: number, close: number];

export function minuteBars(rows: readonly OhlcRow[]): Bars {
  return barsFromRows(
    symbolInfo('TEST'),
    parseTimeframe('1'),
    rows.map(([open, high, low, close], i) => ({
      time: i * 60_000,
      open,
      high,
      low,
      close,
      volume: 1,
    })),
  );
}

/** Small hand-made bar series for Pine tests. */
import { type Bars, barsFromRows } from '../../market/bars.ts';
import { symbolInfo } from '../../market/symbol-info.ts';
import { parseTimeframe, timeframeMs } from '../../market/timeframe.ts';

const DAY = 86_400_000;
/** 2024-01-01T00:00:00Z, a Monday. */
export const FIRST_BAR_TIME = Date.UTC(2024, 0, 1);

/** Bars (daily unless told) whose open, high, low and close all equal the given closes (volume 1). */
export function barsFromCloses(closes: readonly number[], timeframe = '1D'): Bars {
  const tf = parseTimeframe(timeframe);
  const period = timeframeMs(tf);
  return barsFromRows(
    symbolInfo('TEST'),
    tf,
    closes.map((close, i) => ({
      time: FIRST_BAR_TIME + i * period,
      open: close,
      high: close,
      low: close,
      close,
      volume: 1,
    })),
  );
}

/** Daily bars from [open, high, low, close, volume] rows. */
export function barsFromOhlcv(rows: readonly (readonly number[])[], timeframe = '1D'): Bars {
  return barsFromRows(
    symbolInfo('TEST'),
    parseTimeframe(timeframe),
    rows.map(([open, high, low, close, volume], i) => ({
      time: FIRST_BAR_TIME + i * DAY,
      open: open as number,
      high: high as number,
      low: low as number,
      close: close as number,
      volume: volume ?? 1,
    })),
  );
}

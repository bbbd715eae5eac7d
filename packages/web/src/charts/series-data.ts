/**
 * API columns → lightweight-charts data. The API speaks ms since the epoch (UTC); the chart's
 * `UTCTimestamp` is whole seconds, so times are divided by 1000 and floored.
 * @see https://tradingview.github.io/lightweight-charts/docs/api#utctimestamp
 */
import type {
  CandlestickData,
  LineData,
  SeriesMarker,
  Time,
  UTCTimestamp,
  WhitespaceData,
} from 'lightweight-charts';
import type { Bars, Plots, Trade } from '../api/types.ts';

export const toChartTime = (ms: number): UTCTimestamp => Math.floor(ms / 1000) as UTCTimestamp;

export function candles(bars: Bars): CandlestickData<Time>[] {
  return bars.time.map((t, i) => ({
    time: toChartTime(t),
    open: bars.open[i] ?? Number.NaN,
    high: bars.high[i] ?? Number.NaN,
    low: bars.low[i] ?? Number.NaN,
    close: bars.close[i] ?? Number.NaN,
  }));
}

/** A missing value (null, NaN, ±Infinity, e.g. Pine's `na`) becomes a whitespace point: a gap. */
export function line(
  time: readonly number[],
  values: readonly (number | null | undefined)[],
): (LineData<Time> | WhitespaceData<Time>)[] {
  return time.map((t, i) => {
    const value = values[i];
    return typeof value === 'number' && Number.isFinite(value)
      ? { time: toChartTime(t), value }
      : { time: toChartTime(t) };
  });
}

export interface PlotLine {
  readonly title: string;
  readonly data: (LineData<Time> | WhitespaceData<Time>)[];
}

/** One line per `plot()`; a plot with no value at all is left out (nothing to draw). */
export function plotLines(plots: Plots): PlotLine[] {
  return plots.plots
    .filter((p) => p.values.some((v) => v !== null && Number.isFinite(v)))
    .map((p) => ({ title: p.title, data: line(plots.time, p.values) }));
}

export const MARKER_COLORS = { long: '#1a7f37', short: '#cf222e', exit: '#8250df' } as const;

/**
 * TradingView's chart convention: a long entry is an up arrow below the bar, a short entry a down
 * arrow above it; the exit closes the position the other way (a long's exit above the bar, a
 * short's below). An open trade has no exit marker. Markers are sorted by time, as the markers
 * plugin requires.
 */
export function tradeMarkers(trades: readonly Trade[]): SeriesMarker<Time>[] {
  const markers: SeriesMarker<Time>[] = [];
  for (const t of trades) {
    const long = t.side === 'long';
    markers.push({
      time: toChartTime(t.entryTime),
      position: long ? 'belowBar' : 'aboveBar',
      shape: long ? 'arrowUp' : 'arrowDown',
      color: long ? MARKER_COLORS.long : MARKER_COLORS.short,
      text: t.entrySignal,
    });
    if (t.exitTime !== null) {
      markers.push({
        time: toChartTime(t.exitTime),
        position: long ? 'aboveBar' : 'belowBar',
        shape: long ? 'arrowDown' : 'arrowUp',
        color: MARKER_COLORS.exit,
        text: t.exitSignal ?? 'Exit',
      });
    }
  }
  return markers.sort((a, b) => (a.time as number) - (b.time as number));
}

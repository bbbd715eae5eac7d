/**
 * Which bar a moment falls in, on the same grid resampleBars builds (session and time zone of the
 * symbol): so "the still-open bar" and "the next bar after the stored ones" agree with resampling.
 */
import {
  createBars,
  isIntraday,
  resampleBars,
  type SymbolInfo,
  type Timeframe,
  timeframeMs,
} from '@barwise/core';

const SECOND = 1000;
const DAY = 86_400_000;
const ONE_SECOND: Timeframe = { unit: 'second', multiplier: 1 };

/** Open time of the bar of `timeframe` that contains instant `t` (ms UTC). */
export function barOpenAt(symbol: SymbolInfo, timeframe: Timeframe, t: number): number {
  const second = Math.floor(t / SECOND) * SECOND;
  if (timeframe.unit === 'second' && timeframe.multiplier === 1) return second;
  const one = Float64Array.of(second);
  const probe = createBars(symbol, ONE_SECOND, {
    time: one,
    open: Float64Array.of(0),
    high: Float64Array.of(0),
    low: Float64Array.of(0),
    close: Float64Array.of(0),
    volume: Float64Array.of(0),
  });
  return resampleBars(probe, timeframe).time[0]!;
}

/** Open time of the bar after the one opening at `open`. */
export function nextBarOpen(symbol: SymbolInfo, timeframe: Timeframe, open: number): number {
  if (isIntraday(timeframe)) return open + timeframeMs(timeframe);
  // A month is 28–31 days: step 32 days per month into the next period, then back to its open.
  const span =
    timeframe.unit === 'month' ? timeframe.multiplier * 32 * DAY : timeframeMs(timeframe);
  return barOpenAt(symbol, timeframe, open + span);
}

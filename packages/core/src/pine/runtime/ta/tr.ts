/** ta.tr: true range of the current bar, max(high − low, |high − close[1]|, |low − close[1]|). */
import type { BarState } from '../series/bar-state.ts';

/**
 * `ta.tr(handle_na)`; the variable `ta.tr` is `ta.tr(false)`. `close[1]` is the chart's previous
 * bar. On the first bar (no previous close) the result is `high - low` when `handle_na` is true,
 * else na — the reference's `na(high[1]) ? high - low : …` in `pine_atr`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.tr
 */
export function trueRange(bar: BarState, handleNa: boolean): number {
  const previousClose = bar.pastClose(1);
  if (Number.isNaN(previousClose)) return handleNa ? bar.high - bar.low : Number.NaN;
  return Math.max(
    Math.max(bar.high - bar.low, Math.abs(bar.high - previousClose)),
    Math.abs(bar.low - previousClose),
  );
}

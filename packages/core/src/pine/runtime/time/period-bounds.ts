/**
 * The bar of a timeframe that contains an instant, built as market/resample.ts builds bars:
 * intraday bars on a grid anchored at each session range's start and cut at its end; D, W, M
 * bars from the session's trading days. Gives the open and close times Pine's `time(tf)` and
 * `time_close(tf)` return.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_time
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_time_close
 */
import {
  periodClose,
  periodKey,
  periodOpen,
  type Session,
  sessionSegmentAt,
} from '../../../market/session.ts';
import { isIntraday, type Timeframe, timeframeMs } from '../../../market/timeframe.ts';

export interface PeriodBounds {
  open: number;
  close: number;
}

/**
 * Bounds of the `tf` bar holding `utcMs`, moved `periodsBack` bars of `tf` into the past
 * (negative: the future). Intraday offsets step the grid without skipping session gaps.
 */
export function periodBounds(
  session: Session,
  timezone: string,
  tf: Timeframe,
  utcMs: number,
  periodsBack = 0,
): PeriodBounds {
  const segment = sessionSegmentAt(session, timezone, utcMs);
  if (isIntraday(tf)) {
    const step = timeframeMs(tf);
    const slot = segment.start + Math.floor((utcMs - segment.start) / step) * step;
    if (periodsBack !== 0) {
      const open = slot - periodsBack * step;
      return { open, close: open + step };
    }
    return { open: slot, close: Math.min(slot + step, segment.end) };
  }
  const key = periodKey(session, tf, segment.tradingDay) - periodsBack;
  return {
    open: periodOpen(session, timezone, tf, key),
    close: periodClose(session, timezone, tf, key),
  };
}

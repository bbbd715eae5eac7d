/**
 * Missing bars: stretches where the timeframe, session and time zone expect bars but the series has
 * none. Out-of-session time and non-trading weekdays are not gaps; on D and above a missing trading
 * weekday is one (holidays included: this module has no holiday calendar, the caller labels them).
 * Used by the CSV importer's report and by exchange gap repair.
 */
import type { Bars } from './bars.ts';
import {
  parseSession,
  periodClose,
  periodKey,
  periodOpen,
  type Session,
  type SessionSegment,
  sessionSegmentAt,
} from './session.ts';
import { isIntraday, type Timeframe, timeframeMs } from './timeframe.ts';

export interface Gap {
  /** Opening time of the first missing bar, ms UTC. */
  from: number;
  /** Closing time of the last missing bar (exclusive), ms UTC. */
  to: number;
  missingBars: number;
}

/**
 * Gaps between the first and the last bar (nothing is reported before or after them). Intraday
 * slots follow resampleBars' grid: the timeframe's length from the start of each session range,
 * the last slot of a range cut at its end; a bar fills the slot its time falls in, and bars
 * outside the session are ignored. D, W, M periods are those of session.ts.
 */
export function findGaps(bars: Bars): Gap[] {
  const session = parseSession(bars.symbol.session);
  return isIntraday(bars.timeframe)
    ? intradayGaps(bars, session, timeframeMs(bars.timeframe))
    : periodGaps(bars, session, bars.timeframe);
}

function intradayGaps(bars: Bars, session: Session, step: number): Gap[] {
  const timezone = bars.symbol.timezone;
  const gaps: Gap[] = [];
  const slots = (s: SessionSegment) => Math.ceil((s.end - s.start) / step);
  let segment: SessionSegment | undefined;
  let previous: SessionSegment | undefined;
  let previousSlot = 0;
  for (let i = 0; i < bars.length; i++) {
    const t = bars.time[i]!;
    if (!segment || t < segment.start || t >= segment.end) {
      segment = sessionSegmentAt(session, timezone, t);
    }
    if (!segment.inSession) continue;
    const slot = Math.floor((t - segment.start) / step);
    if (previous && previous.start === segment.start) {
      if (slot > previousSlot + 1) {
        gaps.push({
          from: segment.start + (previousSlot + 1) * step,
          to: segment.start + slot * step,
          missingBars: slot - previousSlot - 1,
        });
      }
    } else if (previous) {
      // The rest of the previous range, every range in between, the start of this one.
      let missing = slots(previous) - previousSlot - 1;
      let from = missing > 0 ? previous.start + (previousSlot + 1) * step : Number.NaN;
      let to = previous.end;
      for (let cursor = previous.end; cursor < segment.start; ) {
        const between = sessionSegmentAt(session, timezone, cursor);
        if (between.inSession) {
          if (Number.isNaN(from)) from = between.start;
          to = between.end;
          missing += slots(between);
        }
        cursor = between.end;
      }
      if (slot > 0) {
        if (Number.isNaN(from)) from = segment.start;
        to = segment.start + slot * step;
        missing += slot;
      }
      if (missing > 0) gaps.push({ from, to, missingBars: missing });
    }
    previous = segment;
    previousSlot = slot;
  }
  return gaps;
}

function periodGaps(bars: Bars, session: Session, tf: Timeframe): Gap[] {
  const timezone = bars.symbol.timezone;
  const gaps: Gap[] = [];
  let segment: SessionSegment | undefined;
  let key = 0;
  let previousKey = Number.NaN;
  for (let i = 0; i < bars.length; i++) {
    const t = bars.time[i]!;
    if (!segment || t < segment.start || t >= segment.end) {
      segment = sessionSegmentAt(session, timezone, t);
      key = periodKey(session, tf, segment.tradingDay);
    }
    if (key > previousKey + 1) {
      gaps.push({
        from: periodOpen(session, timezone, tf, previousKey + 1),
        to: periodClose(session, timezone, tf, key - 1),
        missingBars: key - previousKey - 1,
      });
    }
    previousKey = key;
  }
  return gaps;
}

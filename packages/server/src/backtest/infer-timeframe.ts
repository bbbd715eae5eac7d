/**
 * The timeframe of bars read from a file that does not say it: the smallest step between two
 * consecutive bars in local time of the symbol's zone, so a daylight-saving change does not make
 * a day 23 hours (weekends, holidays and gaps only ever widen a step). Bars at least 28 days
 * apart that all open in the first week of a month are month bars (a month bar opens on the
 * month's first trading day), counted in calendar months.
 * @see https://www.tradingview.com/pine-script-docs/concepts/timeframes/
 */
import { InputError, localParts, type Timeframe, toLocalMs } from '@barwise/core';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 1440 * MINUTE;
const WEEK = 7 * DAY;

export function inferTimeframe(time: ArrayLike<number>, timezone: string): Timeframe {
  let step = Number.POSITIVE_INFINITY;
  for (let i = 1; i < time.length; i++) {
    step = Math.min(step, toLocalMs(timezone, time[i]!) - toLocalMs(timezone, time[i - 1]!));
  }
  if (!Number.isFinite(step) || step <= 0)
    throw new InputError('cannot tell the timeframe from fewer than two bars: give --timeframe');
  const months = step >= 28 * DAY ? monthStep(time, timezone) : null;
  if (months !== null) return { unit: 'month', multiplier: months };
  if (step % WEEK === 0) return { unit: 'week', multiplier: step / WEEK };
  if (step % DAY === 0) return { unit: 'day', multiplier: step / DAY };
  if (step % MINUTE === 0) return { unit: 'minute', multiplier: step / MINUTE };
  if (step % SECOND === 0) return { unit: 'second', multiplier: step / SECOND };
  throw new InputError(`bars ${step} ms apart have no TradingView timeframe: give --timeframe`);
}

/** The fewest calendar months between consecutive bars, or null unless every bar opens a month. */
function monthStep(time: ArrayLike<number>, timezone: string): number | null {
  let fewest = Number.POSITIVE_INFINITY;
  let previous = -1;
  for (let i = 0; i < time.length; i++) {
    const { year, month, day } = localParts(timezone, time[i]!);
    if (day > 7) return null;
    const index = year * 12 + month;
    if (previous >= 0) fewest = Math.min(fewest, index - previous);
    previous = index;
  }
  return fewest;
}

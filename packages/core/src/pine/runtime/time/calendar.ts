/**
 * Calendar parts of a UNIX time in a time zone: Pine's `year()`, `month()`, `weekofyear()`,
 * `dayofmonth()`, `dayofweek()` (Sunday = 1 … Saturday = 7), `hour()`, `minute()`, `second()`.
 * na time gives na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_dayofweek
 * @see https://www.tradingview.com/pine-script-docs/concepts/time/#calendar-based-functions
 */
import { type LocalParts, localParts } from '../../../market/timezone.ts';

const DAY = 86_400_000;

export type CalendarPart =
  | 'year'
  | 'month'
  | 'weekofyear'
  | 'dayofmonth'
  | 'dayofweek'
  | 'hour'
  | 'minute'
  | 'second';

/** One calendar part of `time` in `zone` (a resolved zone name, see timezone-arg.ts). */
export function calendarPart(part: CalendarPart, time: number, zone: string): number {
  if (Number.isNaN(time)) return Number.NaN;
  const p = localParts(zone, time);
  switch (part) {
    case 'year':
      return p.year;
    case 'month':
      return p.month;
    case 'weekofyear':
      return weekOfYear(p.year, dayOfYear(p), p.weekday);
    case 'dayofmonth':
      return p.day;
    case 'dayofweek':
      return p.weekday + 1;
    case 'hour':
      return p.hour;
    case 'minute':
      return p.minute;
    case 'second':
      return p.second;
  }
}

export function dayOfYear(p: LocalParts): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY + 1;
}

/**
 * Week of the year as java.util.Calendar counts it in the US locale (Pine's dayofweek numbering,
 * Sunday = 1, is Calendar's): weeks start on Sunday, week 1 is the week holding January 1, so the
 * last days of December can be week 1 of the next year. Not verified against TradingView.
 */
export function weekOfYear(year: number, dayOfYear: number, weekday: number): number {
  const jan1Weekday = (((weekday - (dayOfYear - 1)) % 7) + 7) % 7;
  const week = Math.floor((dayOfYear - 1 + jan1Weekday) / 7) + 1;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY;
  const nextJan1Weekday = (jan1Weekday + daysInYear) % 7;
  return nextJan1Weekday !== 0 && daysInYear - dayOfYear < nextJan1Weekday ? 1 : week;
}

/** Bar times as people and TradingView exports read them: ISO-8601 in the symbol's time zone. */
import { isIntraday, type Timeframe } from './timeframe.ts';
import { timezoneOffsetMs } from './timezone.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2024-03-08T09:30:00-05:00` (`Z` never used: the offset is always written). */
export function formatIsoLocal(utcMs: number, timezone: string): string {
  const offset = timezoneOffsetMs(timezone, utcMs);
  const d = new Date(utcMs + offset);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  const seconds = d.getUTCMilliseconds() ? `.${pad(d.getUTCMilliseconds(), 3)}` : '';
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${seconds}` +
    `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
  );
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function formatLocalDate(utcMs: number, timezone: string): string {
  return formatIsoLocal(utcMs, timezone).slice(0, 10);
}

/** A bar's time for display: the date alone for daily and longer bars, else the full local time. */
export function formatBarTime(utcMs: number, timezone: string, timeframe: Timeframe): string {
  return isIntraday(timeframe) ? formatIsoLocal(utcMs, timezone) : formatLocalDate(utcMs, timezone);
}

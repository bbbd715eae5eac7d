/**
 * `timestamp()`: UNIX ms of a calendar date. Overloads: (dateString), (year, month, day, hour,
 * minute, second) in the exchange time zone, and (timezone, year, …). Out-of-range fields roll
 * over (month 13 is January of the next year), as java.util.Calendar's lenient mode does.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_timestamp
 * @see https://www.tradingview.com/pine-script-docs/concepts/time/#timestamp
 */
import { fromLocalMs } from '../../../market/timezone.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { resolveTimezone } from './timezone-arg.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** UNIX ms of fields in `zone` (resolved); na when any field is na. */
export function timestampOf(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const fields = [year, month, day, hour, minute, second];
  if (fields.some(Number.isNaN)) return Number.NaN;
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return fromLocalMs(zone, wall.getTime());
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\S*)?$/i;
/** "20 Aug 2024 00:00:00 UTC+0", "Feb 01 2020 22:10:05", "04 Dec 1995 00:12:00 GMT+5". */
const TEXT =
  /^(?:(\d{1,2})\s+([a-z]{3})[a-z]*|([a-z]{3})[a-z]*\s+(\d{1,2}),?)\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\S*)?$/i;

/**
 * The `dateString` overload. Without zone information the date is UTC (user manual: "the
 * default time zone for the third signature is GMT+0"). Accepts ISO 8601 ("2020-02-20T15:30:00+02:00",
 * "2021-01-01") and the RFC 2822-like forms of the reference examples.
 */
export function timestampFromString(dateString: string): number {
  const text = dateString.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return timestampOf(zoneOf(zone, dateString), +y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0));
  }
  const rfc = TEXT.exec(text);
  if (rfc) {
    const [, d1, mon1, mon2, d2, y, h, mi, s, zone] = rfc;
    const month = MONTHS.indexOf((mon1 ?? mon2 ?? '').toLowerCase()) + 1;
    if (month > 0) {
      const day = +(d1 ?? d2)!;
      return timestampOf(
        zoneOf(zone, dateString),
        +y!,
        month,
        day,
        +(h ?? 0),
        +(mi ?? 0),
        +(s ?? 0),
      );
    }
  }
  throw new PineRuntimeError(`timestamp: cannot read the date "${dateString}"`);
}

function zoneOf(zone: string | undefined, dateString: string): string {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 'UTC';
  if (/^[+-]/.test(zone)) return `UTC${zone.slice(0, 3)}:${zone.slice(-2)}`;
  try {
    return resolveTimezone(zone);
  } catch {
    throw new PineRuntimeError(`timestamp: unknown time zone in "${dateString}"`);
  }
}

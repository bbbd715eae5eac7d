/**
 * Time-zone arithmetic with the platform's Intl data only (works in Node and browsers).
 * Zones are IANA names (`America/New_York`) or TradingView's fixed offsets (`UTC+3`, `GMT-5:30`,
 * where, unlike IANA's `Etc/GMT+3`, the sign means what it says).
 * Offsets are cached per zone and week: a week holds at most one transition.
 */

import { InputError } from '../input-error.ts';

export class TimezoneError extends InputError {
  override name = 'TimezoneError';
}

const MINUTE = 60_000;
const WEEK = 7 * 86_400_000;
const FIXED = /^(?:UTC|GMT)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

interface Zone {
  offsetAt(utcMs: number): number;
}

const zones = new Map<string, Zone>();

/** Throws a TimezoneError naming the zone when it is not a known IANA zone or fixed offset. */
export function assertTimezone(timezone: string): void {
  zone(timezone);
}

/** Milliseconds to add to a UTC instant to get the wall-clock time in `timezone`. */
export function timezoneOffsetMs(timezone: string, utcMs: number): number {
  return zone(timezone).offsetAt(utcMs);
}

/** Wall-clock time as ms "as if UTC" (so `new Date(x).getUTC*()` reads local fields). */
export function toLocalMs(timezone: string, utcMs: number): number {
  return utcMs + timezoneOffsetMs(timezone, utcMs);
}

/**
 * The UTC instant of a wall-clock time in `timezone` (given as ms "as if UTC").
 * A time skipped by a DST jump is read with the offset before the jump (02:30 → 03:30).
 */
export function fromLocalMs(timezone: string, localMs: number): number {
  const z = zone(timezone);
  const first = localMs - z.offsetAt(localMs);
  const offset = z.offsetAt(first);
  const utc = localMs - offset;
  const check = z.offsetAt(utc);
  return check === offset ? utc : localMs - Math.min(offset, check);
}

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday (JavaScript's numbering; Pine's dayofweek adds 1). */
  weekday: number;
}

export function localParts(timezone: string, utcMs: number): LocalParts {
  const d = new Date(toLocalMs(timezone, utcMs));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

function zone(timezone: string): Zone {
  let z = zones.get(timezone);
  if (!z) {
    z = createZone(timezone);
    zones.set(timezone, z);
  }
  return z;
}

function createZone(timezone: string): Zone {
  const fixed = FIXED.exec(timezone);
  if (fixed) {
    const sign = fixed[1] === '-' ? -1 : 1;
    const offset = sign * (Number(fixed[2] ?? 0) * 60 + Number(fixed[3] ?? 0)) * MINUTE;
    return { offsetAt: () => offset };
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new TimezoneError(
      `unknown time zone "${timezone}": use an IANA name such as America/New_York, or UTC+3`,
    );
  }
  return new IntlZone(format);
}

/** Offsets from Intl, memoised per week with the one transition a week may hold. */
class IntlZone implements Zone {
  private readonly weeks = new Map<number, { transition: number; before: number; after: number }>();

  constructor(private readonly format: Intl.DateTimeFormat) {}

  offsetAt(utcMs: number): number {
    const week = Math.floor(utcMs / WEEK);
    let entry = this.weeks.get(week);
    if (!entry) {
      entry = this.scanWeek(week * WEEK);
      this.weeks.set(week, entry);
    }
    return utcMs < entry.transition ? entry.before : entry.after;
  }

  private scanWeek(start: number) {
    const before = this.exactOffset(start);
    const after = this.exactOffset(start + WEEK);
    if (before === after) return { transition: start, before, after };
    // Binary search to the minute: transitions happen on whole minutes.
    let lo = start;
    let hi = start + WEEK;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (this.exactOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { transition: hi, before, after };
  }

  private exactOffset(utcMs: number): number {
    const p: Record<string, number> = {};
    for (const part of this.format.formatToParts(utcMs)) {
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    }
    const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    return wall - Math.floor(utcMs / 1000) * 1000;
  }
}

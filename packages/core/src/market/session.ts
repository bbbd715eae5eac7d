/**
 * Trading sessions in TradingView notation and the calendar they define: in-session tests, trading
 * days (an overnight session belongs to the day it ends on) and D/W/M periods built from them.
 * @see https://www.tradingview.com/pine-script-docs/concepts/sessions/ ("Time-based sessions")
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_time_tradingday
 */
import { InputError } from '../input-error.ts';
import type { Timeframe } from './timeframe.ts';
import { fromLocalMs, toLocalMs } from './timezone.ts';

export class SessionError extends InputError {
  override name = 'SessionError';
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** 1970-01-05, the first Monday of the Unix epoch, as a day number. */
const FIRST_MONDAY = 4;

/** Minutes from the local midnight of the trading day; `start < 0` opens on the previous day. */
export interface SessionRange {
  readonly start: number;
  readonly end: number;
}

export interface Session {
  readonly text: string;
  /** Trades every day around the clock from local midnight (`24x7`, `0000-0000`). */
  readonly is24x7: boolean;
  /** Ranges of the trading day by weekday, 0 = Sunday … 6 = Saturday; sorted, disjoint. */
  readonly days: readonly (readonly SessionRange[])[];
  /** Number of weekdays with ranges. */
  readonly daysPerWeek: number;
  /** prefix[j]: trading weekdays among epoch days 0 … j-1 of a week (epoch day 0 is a Thursday). */
  readonly prefix: readonly number[];
}

/**
 * A stretch of time that is either one session range or the gap before the next one.
 * Times out of session belong to the trading day of the next range (TradingView assigns a bar
 * that reaches into the session start to the next trading day).
 */
export interface SessionSegment {
  /** ms UTC, inclusive */
  readonly start: number;
  /** ms UTC, exclusive */
  readonly end: number;
  readonly inSession: boolean;
  /** Day number (days since 1970-01-01) of the trading day's calendar date. */
  readonly tradingDay: number;
}

const RANGE = /^(\d{2})(\d{2})-(\d{2})(\d{2})$/;
const DAYS = /^[1-7]+$/;
const cache = new Map<string, Session>();

/**
 * Parses `24x7`, `0930-1600`, `0930-1600:23456`, `0930-1200,1300-1600`, overnight `1700-1600`
 * (start ≥ end: opens on the previous calendar day; `0000-0000` is the midnight-to-midnight day),
 * and the Charting Library's per-day form `0930-1600|0930-1300:6` (a later part overrides the
 * days it names). Day digits: 1 = Sunday … 7 = Saturday; no digits = every day.
 */
export function parseSession(text: string): Session {
  let session = cache.get(text);
  if (!session) {
    session = buildSession(text);
    if (cache.size >= 256) cache.clear(); // sessions built at run time (Pine strings) stay bounded
    cache.set(text, session);
  }
  return session;
}

function buildSession(text: string): Session {
  const trimmed = text.trim();
  const fail = (reason: string) =>
    new SessionError(
      `invalid session "${text}": ${reason}; use TradingView notation such as 24x7, 0930-1600, ` +
        '0930-1600:23456, 0930-1200,1300-1600 or 1700-1600:23456',
    );
  const days: SessionRange[][] = [[], [], [], [], [], [], []];
  if (/^24x7$/i.test(trimmed)) {
    for (const day of days) day.push({ start: 0, end: 1440 });
    return finish(text, days);
  }
  if (trimmed === '') throw fail('it is empty');
  for (const part of trimmed.split('|')) {
    const [rangeText = '', dayText, extra] = part.split(':');
    if (extra !== undefined) throw fail(`"${part}" has more than one ":"`);
    const ranges = rangeText.split(',').map((r) => parseRange(r.trim(), fail));
    ranges.sort((a, b) => a.start - b.start);
    if (dayText !== undefined && !DAYS.test(dayText)) {
      throw fail(`"${dayText}" is not a set of day digits 1 (Sunday) … 7 (Saturday)`);
    }
    const weekdays =
      dayText === undefined ? [0, 1, 2, 3, 4, 5, 6] : [...dayText].map((d) => +d - 1);
    for (const weekday of weekdays) days[weekday] = ranges;
  }
  for (let w = 0; w < 7; w++) {
    const ranges = days[w]!;
    for (let i = 1; i < ranges.length; i++) {
      if (ranges[i]!.start < ranges[i - 1]!.end) throw fail('its time ranges overlap');
    }
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    if (first && last && last.end - first.start > 1440)
      throw fail('a trading day exceeds 24 hours');
    const next = days[(w + 1) % 7]![0];
    if (last && next && last.end > next.start + 1440) {
      throw fail('a session overlaps the next day’s overnight session');
    }
  }
  return finish(text, days);
}

function parseRange(text: string, fail: (reason: string) => SessionError): SessionRange {
  const m = RANGE.exec(text);
  const [h1, m1, h2, m2] = [m?.[1], m?.[2], m?.[3], m?.[4]].map(Number) as number[];
  if (!m || h1! > 23 || m1! > 59 || h2! > 23 || m2! > 59) {
    throw fail(`"${text}" is not a time range HHmm-HHmm`);
  }
  const start = h1! * 60 + m1!;
  const end = h2! * 60 + m2!;
  if (end > start) return { start, end };
  // Start at or after the end: an overnight session opening the previous day; 0000-0000 is 24 hours.
  return start === 0 ? { start: 0, end: 1440 } : { start: start - 1440, end };
}

function finish(text: string, days: SessionRange[][]): Session {
  const is24x7 = days.every((d) => d.length === 1 && d[0]!.start === 0 && d[0]!.end === 1440);
  const prefix = [0];
  for (let j = 0; j < 7; j++) prefix.push(prefix[j]! + (days[(j + 4) % 7]!.length > 0 ? 1 : 0));
  if (prefix[7] === 0) throw new SessionError(`invalid session "${text}": it has no trading day`);
  return { text, is24x7, days, daysPerWeek: prefix[7]!, prefix };
}

/** 0 = Sunday … 6 = Saturday for a day number. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function rangesOf(session: Session, day: number): readonly SessionRange[] {
  return session.days[weekdayOf(day)]!;
}

/** Whether the instant falls inside one of the session's ranges (start inclusive, end exclusive). */
export function isInSession(session: Session, timezone: string, utcMs: number): boolean {
  const local = toLocalMs(timezone, utcMs);
  const day = Math.floor(local / DAY);
  for (let d = day; d <= day + 1; d++) {
    for (const r of rangesOf(session, d)) {
      if (local >= d * DAY + r.start * MINUTE && local < d * DAY + r.end * MINUTE) return true;
    }
  }
  return false;
}

/** The session range or out-of-session gap containing the instant. */
export function sessionSegmentAt(
  session: Session,
  timezone: string,
  utcMs: number,
): SessionSegment {
  const local = toLocalMs(timezone, utcMs);
  const day = Math.floor(local / DAY);
  for (let d = day; d <= day + 1; d++) {
    for (const r of rangesOf(session, d)) {
      const start = d * DAY + r.start * MINUTE;
      const end = d * DAY + r.end * MINUTE;
      if (local >= start && local < end) return segment(timezone, utcMs, start, end, true, d);
    }
  }
  // A gap: from the end of the previous range to the start of the next (at most a week apart).
  let gapStart = Number.NaN;
  for (let d = day + 1; d >= day - 8 && Number.isNaN(gapStart); d--) {
    const ranges = rangesOf(session, d);
    for (let i = ranges.length - 1; i >= 0; i--) {
      const end = d * DAY + ranges[i]!.end * MINUTE;
      if (end <= local) {
        gapStart = end;
        break;
      }
    }
  }
  for (let d = day; d <= day + 8; d++) {
    for (const r of rangesOf(session, d)) {
      const start = d * DAY + r.start * MINUTE;
      if (start > local) return segment(timezone, utcMs, gapStart, start, false, d);
    }
  }
  throw new SessionError(`session "${session.text}" has no next range`);
}

function segment(
  timezone: string,
  utcMs: number,
  localStart: number,
  localEnd: number,
  inSession: boolean,
  tradingDay: number,
): SessionSegment {
  // Clamp so that the segment always contains the instant, even on a wall time a DST jump repeats.
  const start = Math.min(fromLocalMs(timezone, localStart), utcMs);
  const end = Math.max(fromLocalMs(timezone, localEnd), utcMs + 1);
  return { start, end, inSession, tradingDay };
}

/** Day number of the trading day containing the instant (out of session: the next trading day). */
export function tradingDayNumber(session: Session, timezone: string, utcMs: number): number {
  return sessionSegmentAt(session, timezone, utcMs).tradingDay;
}

/**
 * 00:00 UTC of the trading day's calendar date, like Pine's `time_tradingday`
 * (the Monday bar of a session opening Sunday 17:00 gives Monday 00:00 UTC).
 */
export function tradingDay(session: Session, timezone: string, utcMs: number): number {
  return tradingDayNumber(session, timezone, utcMs) * DAY;
}

/** The ms UTC at which the trading day containing the instant opens (its first range's start). */
export function tradingDayStart(session: Session, timezone: string, utcMs: number): number {
  return tradingDayOpen(session, timezone, tradingDayNumber(session, timezone, utcMs));
}

/** Opening instant of a trading day given by day number; NaN when that weekday does not trade. */
export function tradingDayOpen(session: Session, timezone: string, day: number): number {
  const first = rangesOf(session, day)[0];
  return first ? fromLocalMs(timezone, day * DAY + first.start * MINUTE) : Number.NaN;
}

/** Closing instant of a trading day given by day number; NaN when that weekday does not trade. */
export function tradingDayClose(session: Session, timezone: string, day: number): number {
  const ranges = rangesOf(session, day);
  const last = ranges[ranges.length - 1];
  return last ? fromLocalMs(timezone, day * DAY + last.end * MINUTE) : Number.NaN;
}

export function isTradingWeekday(session: Session, day: number): boolean {
  return rangesOf(session, day).length > 0;
}

// ---- Periods of D, W and M timeframes --------------------------------------------------------
// A period key is an integer; consecutive periods have consecutive keys, so a gap of k periods is
// a key difference of k + 1.
//   nD: blocks of n trading weekdays counted from the epoch (independent of the data loaded);
//   nW: blocks of n weeks starting Monday, counted from Monday 1970-01-05;
//   nM: blocks of n calendar months counted from January of each year (3M = quarters).

/** Trading weekdays before `day` since the epoch (negative before it). */
function tradingDayIndex(session: Session, day: number): number {
  const week = Math.floor(day / 7);
  return week * session.daysPerWeek + session.prefix[day - week * 7]!;
}

/** The day number of the trading weekday with the given index (inverse of tradingDayIndex). */
function dayOfTradingIndex(session: Session, index: number): number {
  const week = Math.floor(index / session.daysPerWeek);
  const rest = index - week * session.daysPerWeek;
  let j = 0;
  while (session.prefix[j + 1]! <= rest) j++;
  return week * 7 + j;
}

/** Key of the D/W/M period that contains the trading day. */
export function periodKey(session: Session, tf: Timeframe, day: number): number {
  const n = tf.multiplier;
  switch (tf.unit) {
    case 'day':
      return Math.floor(tradingDayIndex(session, day) / n);
    case 'week':
      return Math.floor((day - FIRST_MONDAY) / (7 * n));
    case 'month': {
      const date = new Date(day * DAY);
      const perYear = Math.ceil(12 / n);
      return date.getUTCFullYear() * perYear + Math.floor(date.getUTCMonth() / n);
    }
    default:
      throw new SessionError(`periods are for D, W and M timeframes, not ${tf.unit}s`);
  }
}

/** First calendar day (day number) of the period. */
export function periodFirstDay(session: Session, tf: Timeframe, key: number): number {
  const n = tf.multiplier;
  switch (tf.unit) {
    case 'day':
      return dayOfTradingIndex(session, key * n);
    case 'week':
      return FIRST_MONDAY + key * 7 * n;
    case 'month': {
      const perYear = Math.ceil(12 / n);
      const year = Math.floor(key / perYear);
      return Date.UTC(year, (key - year * perYear) * n, 1) / DAY;
    }
    default:
      throw new SessionError(`periods are for D, W and M timeframes, not ${tf.unit}s`);
  }
}

/** Opening instant of the period: the open of its first trading weekday (holidays not known). */
export function periodOpen(session: Session, timezone: string, tf: Timeframe, key: number): number {
  let day = periodFirstDay(session, tf, key);
  while (!isTradingWeekday(session, day)) day++;
  return tradingDayOpen(session, timezone, day);
}

/** Closing instant of the period: the close of its last trading weekday. */
export function periodClose(
  session: Session,
  timezone: string,
  tf: Timeframe,
  key: number,
): number {
  let day = periodFirstDay(session, tf, key + 1) - 1;
  while (!isTradingWeekday(session, day)) day--;
  return tradingDayClose(session, timezone, day);
}

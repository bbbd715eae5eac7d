/**
 * Date-time cells → ms, by a character scan (no per-row regex or Date object).
 *
 * Accepted forms:
 * - `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, optionally followed by `T` or spaces and
 *   `HH:MM[:SS[.fff]]`, then optionally `Z`, `±HH[:MM]`, `±HHMM`, `UTC` or `GMT[±HH[:MM]]`
 *   (ISO 8601 / RFC 3339 and the spellings pandas, MetaTrader and Dukascopy write);
 * - `YYYYMMDD` and `YYYYMMDD HH:MM[:SS]` (QuantConnect LEAN data files);
 * - year-last dates `M/D/YYYY [h:mm[:ss] [AM|PM]]` (LEAN test data, US Excel exports), read
 *   month-first unless `dayFirst`; with dots (`DD.MM.YYYY`, Dukascopy) always day-first;
 * - epoch numbers, unit chosen by magnitude |v|: < 1e11 seconds, < 1e14 milliseconds,
 *   < 1e17 microseconds, otherwise nanoseconds. 1e11 s is in the year 5138 and 1e11 ms is
 *   1973-03-03, so every instant from 1973 to 5138 is read right in any of the four units.
 *   An 8-digit number that is a valid calendar date is read as `YYYYMMDD`, not as seconds.
 *
 * Fractions of a second beyond milliseconds are truncated.
 */

import { parseDecimal } from './parse-number.ts';

const HOUR = 3_600_000;
const MINUTE = 60_000;

const ZERO = 48;
const NINE = 57;
const SPACE = 32;
const TAB = 9;
const DASH = 45;
const PLUS = 43;
const SLASH = 47;
const DOT = 46;
const COMMA = 44;
const COLON = 58;

/**
 * Reads one time cell. `read` returns ms, or NaN when the cell is not a time; after each call
 * `absolute` tells whether the cell named its instant (offset, `Z`, epoch) or is a naive
 * wall-clock time, returned as ms "as if UTC" for the caller to place in a time zone.
 */
export class TimeReader {
  /** True when the last cell read carried its own offset or was an epoch number. */
  absolute = false;
  /** Why the last cell failed, when there is more to say than "not a time". */
  hint = '';

  private lastDateKey = -1;
  private lastDateMs = 0;
  /** Offset in ms found by the last `clock` call (0 when none). */
  private zoneOffset = 0;

  constructor(private readonly dayFirst = false) {}

  read(text: string, start: number, end: number): number {
    this.absolute = false;
    this.hint = '';
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (s === e) return Number.NaN;
    const fixed = this.fixedIso(text, s, e);
    if (!Number.isNaN(fixed)) return fixed;
    let p = s;
    while (p < e && isDigit(text.charCodeAt(p))) p++;
    const run = p - s;
    const next = p < e ? text.charCodeAt(p) : -1;

    if (run === 4 && (next === DASH || next === SLASH || next === DOT)) {
      // YYYY-MM-DD
      const year = digitsAt(text, s, 4);
      const month = readUpTo2(text, p + 1, e);
      if (month < 0) return Number.NaN;
      const q = p + 1 + (month >> 8);
      if (q >= e || text.charCodeAt(q) !== next) return Number.NaN;
      const day = readUpTo2(text, q + 1, e);
      if (day < 0) return Number.NaN;
      return this.dateThenClock(text, q + 1 + (day >> 8), e, year, month & 255, day & 255);
    }
    if (run === 8 && (next === -1 || next === SPACE || next === 84 || next === 116)) {
      // YYYYMMDD, unless it is no calendar date and stands alone (then: epoch seconds)
      const year = digitsAt(text, s, 4);
      const month = digitsAt(text, s + 4, 2);
      const day = digitsAt(text, s + 6, 2);
      if (validDate(year, month, day)) return this.dateThenClock(text, p, e, year, month, day);
      if (next !== -1) return Number.NaN;
    }
    if ((run === 1 || run === 2) && (next === SLASH || next === DOT || next === DASH)) {
      // M/D/YYYY, D.M.YYYY
      const first = digitsAt(text, s, run);
      const second = readUpTo2(text, p + 1, e);
      if (second < 0) return Number.NaN;
      const q = p + 1 + (second >> 8);
      if (q + 5 > e || text.charCodeAt(q) !== next) return Number.NaN;
      for (let i = q + 1; i < q + 5; i++) if (!isDigit(text.charCodeAt(i))) return Number.NaN;
      if (q + 5 < e && isDigit(text.charCodeAt(q + 5))) return Number.NaN;
      const year = digitsAt(text, q + 1, 4);
      const dayFirst = this.dayFirst || next === DOT;
      const month = dayFirst ? second & 255 : first;
      const day = dayFirst ? first : second & 255;
      if (!dayFirst && month > 12 && day <= 12) {
        this.hint = 'month-first date with a month above 12; day-first files need dayFirst';
        return Number.NaN;
      }
      return this.dateThenClock(text, q + 5, e, year, month, day);
    }
    return this.epoch(text, s, e);
  }

  /**
   * Fast path for the commonest cells, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` and `YYYY-MM-DD HH:MM:SS`
   * (space or `T`), naive; NaN sends the cell to the general scan.
   */
  private fixedIso(text: string, s: number, e: number): number {
    const n = e - s;
    if (n !== 10 && n !== 16 && n !== 19) return Number.NaN;
    if (text.charCodeAt(s + 4) !== DASH || text.charCodeAt(s + 7) !== DASH) return Number.NaN;
    const year = fixedDigits(text, s, 4);
    const month = fixedDigits(text, s + 5, 2);
    const day = fixedDigits(text, s + 8, 2);
    if ((year | month | day) < 0) return Number.NaN;
    const key = (year * 16 + month) * 32 + day;
    let ms: number;
    if (key === this.lastDateKey) {
      ms = this.lastDateMs;
    } else {
      if (!validDate(year, month, day)) return Number.NaN;
      ms = Date.UTC(year, month - 1, day);
      this.lastDateKey = key;
      this.lastDateMs = ms;
    }
    if (n === 10) return ms;
    const t = text.charCodeAt(s + 10);
    if ((t !== SPACE && t !== 84) || text.charCodeAt(s + 13) !== COLON) return Number.NaN;
    const hour = fixedDigits(text, s + 11, 2);
    const minute = fixedDigits(text, s + 14, 2);
    let second = 0;
    if (n === 19) {
      if (text.charCodeAt(s + 16) !== COLON) return Number.NaN;
      second = fixedDigits(text, s + 17, 2);
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return Number.NaN;
    }
    return ms + hour * HOUR + minute * MINUTE + second * 1000;
  }

  /**
   * A time of day alone (`HH:MM[:SS[.fff]] [AM|PM]`, or compact `HHMM` / `HHMMSS`), in ms since
   * midnight; for files that keep date and time in separate columns.
   */
  readTimeOfDay(text: string, start: number, end: number): number {
    this.absolute = false;
    this.hint = '';
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    let p = s;
    while (p < e && isDigit(text.charCodeAt(p))) p++;
    if (p === e && (e - s === 4 || e - s === 6)) {
      const h = digitsAt(text, s, 2);
      const m = digitsAt(text, s + 2, 2);
      const sec = e - s === 6 ? digitsAt(text, s + 4, 2) : 0;
      return h < 24 && m < 60 && sec < 60 ? h * HOUR + m * MINUTE + sec * 1000 : Number.NaN;
    }
    const clock = this.clock(text, s, e);
    return this.zoneOffset === 0 && !this.absolute ? clock : Number.NaN;
  }

  private dateThenClock(
    text: string,
    p: number,
    e: number,
    year: number,
    month: number,
    day: number,
  ): number {
    const key = (year * 16 + month) * 32 + day;
    let dayMs: number;
    if (key === this.lastDateKey) {
      dayMs = this.lastDateMs;
    } else {
      if (!validDate(year, month, day)) return Number.NaN;
      dayMs = Date.UTC(year, month - 1, day);
      this.lastDateKey = key;
      this.lastDateMs = dayMs;
    }
    if (p === e) return dayMs;
    const c = text.charCodeAt(p);
    if (c !== SPACE && c !== 84 && c !== 116) return Number.NaN; // ' ', 'T', 't'
    let q = p + 1;
    while (q < e && text.charCodeAt(q) === SPACE) q++;
    const clock = this.clock(text, q, e);
    return dayMs + clock - this.zoneOffset;
  }

  /** `H[H]:MM[:SS[.fff]]`, optional AM/PM and zone; sets `absolute` and `zoneOffset`. */
  private clock(text: string, start: number, e: number): number {
    this.zoneOffset = 0;
    const hh = readUpTo2(text, start, e);
    if (hh < 0) return Number.NaN;
    let p = start + (hh >> 8);
    let hour = hh & 255;
    if (p >= e || text.charCodeAt(p) !== COLON || !twoDigits(text, p + 1, e)) return Number.NaN;
    const minute = digitsAt(text, p + 1, 2);
    p += 3;
    let second = 0;
    let ms = 0;
    if (p < e && text.charCodeAt(p) === COLON) {
      if (!twoDigits(text, p + 1, e)) return Number.NaN;
      second = digitsAt(text, p + 1, 2);
      p += 3;
      const c = p < e ? text.charCodeAt(p) : -1;
      if (c === DOT || c === COMMA) {
        p++;
        let scale = 100;
        const from = p;
        for (; p < e && isDigit(text.charCodeAt(p)); p++) {
          ms += (text.charCodeAt(p) - ZERO) * scale;
          scale /= 10;
        }
        if (p === from) return Number.NaN;
        ms = Math.floor(ms);
      }
    }
    while (p < e && text.charCodeAt(p) === SPACE) p++;
    const meridiem = p + 1 < e ? amPm(text, p) : 0;
    if (meridiem !== 0) {
      if (hour < 1 || hour > 12) return Number.NaN;
      hour = (hour % 12) + (meridiem === 2 ? 12 : 0);
      p += 2;
      while (p < e && text.charCodeAt(p) === SPACE) p++;
    }
    if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
    if (p < e && !this.zone(text, p, e)) return Number.NaN;
    return hour * HOUR + minute * MINUTE + second * 1000 + ms;
  }

  /** `Z`, `±HH[:MM]`, `±HHMM`, `UTC`, `GMT`, `UTC±HH[:MM]` up to `e`; false if malformed. */
  private zone(text: string, start: number, e: number): boolean {
    let p = start;
    const c = text.charCodeAt(p);
    if ((c === 90 || c === 122) && p + 1 === e) {
      this.absolute = true; // Z
      return true;
    }
    const word = e - p >= 3 ? text.slice(p, p + 3).toUpperCase() : '';
    if (word === 'UTC' || word === 'GMT') {
      this.absolute = true;
      p += 3;
      if (p === e) return true;
    }
    const sign = text.charCodeAt(p);
    if (sign !== PLUS && sign !== DASH) return false;
    p++;
    if (!twoDigits(text, p, e)) return false;
    let offset = digitsAt(text, p, 2) * HOUR;
    p += 2;
    if (p < e && text.charCodeAt(p) === COLON) p++;
    if (p < e) {
      if (!twoDigits(text, p, e) || p + 2 !== e) return false;
      offset += digitsAt(text, p, 2) * MINUTE;
    }
    this.absolute = true;
    this.zoneOffset = sign === DASH ? -offset : offset;
    return true;
  }

  private epoch(text: string, s: number, e: number): number {
    let p = s;
    if (text.charCodeAt(p) === DASH) p++;
    let digits = 0;
    let point = false;
    for (; p < e; p++) {
      const c = text.charCodeAt(p);
      if (isDigit(c)) digits++;
      else if (c === DOT && !point) point = true;
      else return Number.NaN;
    }
    if (digits === 0) return Number.NaN;
    const v = parseDecimal(text, s, e);
    const a = Math.abs(v);
    this.absolute = true;
    if (a < 1e11) return Math.round(v * 1000);
    if (a < 1e14) return Math.round(v);
    if (a < 1e17) return Math.floor(v / 1e3);
    return Math.floor(v / 1e6);
  }
}

/** Gregorian calendar check; years below 1000 are refused (`Date.UTC` maps 0–99 to 1900–1999). */
export function validDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return day <= days;
}

/** 1 or 2 digits at p: value | (count << 8), or -1. */
function readUpTo2(text: string, p: number, e: number): number {
  if (p >= e || !isDigit(text.charCodeAt(p))) return -1;
  if (p + 1 < e && isDigit(text.charCodeAt(p + 1))) {
    if (p + 2 < e && isDigit(text.charCodeAt(p + 2))) return -1;
    return digitsAt(text, p, 2) | (2 << 8);
  }
  return (text.charCodeAt(p) - ZERO) | (1 << 8);
}

function twoDigits(text: string, p: number, e: number): boolean {
  return p + 1 < e && isDigit(text.charCodeAt(p)) && isDigit(text.charCodeAt(p + 1));
}

/** Exactly n digits at p as a number, or -1. */
function fixedDigits(text: string, p: number, n: number): number {
  let v = 0;
  for (let i = p; i < p + n; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function digitsAt(text: string, p: number, n: number): number {
  let v = 0;
  for (let i = p; i < p + n; i++) v = v * 10 + (text.charCodeAt(i) - ZERO);
  return v;
}

/** 1 for AM, 2 for PM (either case), 0 otherwise. */
function amPm(text: string, p: number): number {
  const m = text.charCodeAt(p + 1) | 32;
  if (m !== 109) return 0;
  const a = text.charCodeAt(p) | 32;
  return a === 97 ? 1 : a === 112 ? 2 : 0;
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

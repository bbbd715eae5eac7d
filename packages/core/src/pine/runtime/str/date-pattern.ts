/**
 * Date patterns in the style of Java's SimpleDateFormat, as `str.format_time` and the `date` /
 * `time` placeholders of `str.format` use them: letters are fields (`yyyy`, `MM`, `dd`, `HH`,
 * `mm`, `ss`, `SSS`, `E`, `a`, `Z`, `z` …), text in `'…'` is literal, `''` is one apostrophe.
 * Weeks (`w`, `W`) follow java.util.Calendar in the US locale: weeks start on Sunday and week 1
 * is the week that contains January 1.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.format_time
 * @see https://www.tradingview.com/pine-script-docs/concepts/time/#formatting-dates-and-times
 */
import { localParts, timezoneOffsetMs } from '../../../market/timezone.ts';
import { dayOfYear, weekOfYear } from '../time/calendar.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { letter: string; count: number } | string;

const cache = new Map<string, Token[]>();

/** Formats the UTC instant `utcMs` in `timezone` (a zone name market/timezone understands). */
export function formatDatePattern(utcMs: number, pattern: string, timezone: string): string {
  const local = localParts(timezone, utcMs);
  const offset = timezoneOffsetMs(timezone, utcMs);
  const millis = ((utcMs % 1000) + 1000) % 1000;
  let out = '';
  for (const token of tokens(pattern)) {
    out +=
      typeof token === 'string'
        ? token
        : field(token.letter, token.count, local, millis, offset, utcMs, timezone);
  }
  return out;
}

function field(
  letter: string,
  count: number,
  p: ReturnType<typeof localParts>,
  millis: number,
  offset: number,
  utcMs: number,
  timezone: string,
): string {
  const num = (n: number) => String(n).padStart(count, '0');
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return count === 2 ? String(p.year % 100).padStart(2, '0') : num(p.year);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1]!;
      if (count === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      return num(p.month);
    case 'd':
      return num(p.day);
    case 'D':
      return num(dayOfYear(p));
    case 'E':
      return count >= 4 ? WEEKDAYS[p.weekday]! : WEEKDAYS[p.weekday]!.slice(0, 3);
    case 'u':
      return num(p.weekday === 0 ? 7 : p.weekday);
    case 'F':
      return num(Math.floor((p.day - 1) / 7) + 1);
    case 'w':
      return num(weekOfYear(p.year, dayOfYear(p), p.weekday));
    case 'W':
      return num(Math.floor((p.day - 1 + firstWeekdayOfMonth(p)) / 7) + 1);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return num(p.hour);
    case 'k':
      return num(p.hour === 0 ? 24 : p.hour);
    case 'K':
      return num(p.hour % 12);
    case 'h':
      return num(p.hour % 12 === 0 ? 12 : p.hour % 12);
    case 'm':
      return num(p.minute);
    case 's':
      return num(p.second);
    case 'S':
      return num(millis);
    case 'Z':
      return offsetText(offset, '');
    case 'X':
      if (offset === 0) return 'Z';
      return count === 1
        ? offsetText(offset, '').slice(0, 3)
        : offsetText(offset, count >= 3 ? ':' : '');
    case 'z':
      return zoneName(utcMs, timezone, count >= 4 ? 'long' : 'short');
    default:
      // Letters Java does not define are printed as they are.
      return letter.repeat(count);
  }
}

function firstWeekdayOfMonth(p: ReturnType<typeof localParts>): number {
  return (((p.weekday - (p.day - 1)) % 7) + 7) % 7;
}

/** `+0530` / `-05:00` style offset. */
function offsetText(offsetMs: number, separator: string): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offsetMs < 0 ? '-' : '+'}${hh}${separator}${mm}`;
}

function zoneName(utcMs: number, timezone: string, style: 'short' | 'long'): string {
  const offset = timezoneOffsetMs(timezone, utcMs);
  if (!timezone.includes('/')) return offset === 0 ? 'GMT' : `GMT${offsetText(offset, ':')}`;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: style });
  return parts.formatToParts(utcMs).find((part) => part.type === 'timeZoneName')?.value ?? timezone;
}

function tokens(pattern: string): Token[] {
  let list = cache.get(pattern);
  if (list) return list;
  list = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        list.push("'");
        i += 2;
        continue;
      }
      // Quoted text runs to the next lone apostrophe; `''` inside it is one apostrophe.
      let text = '';
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") text += pattern[j];
        else if (pattern[j + 1] === "'") text += pattern[j++];
        else break;
      }
      list.push(text);
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      list.push({ letter: c, count: j - i });
      i = j;
    } else {
      list.push(c);
      i++;
    }
  }
  if (cache.size >= 256) cache.clear();
  cache.set(pattern, list);
  return list;
}

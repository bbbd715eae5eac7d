import { describe, expect, it } from 'vitest';
import {
  isInSession,
  parseSession,
  periodClose,
  periodKey,
  periodOpen,
  sessionSegmentAt,
  tradingDay,
  tradingDayStart,
} from './session.ts';
import { parseTimeframe } from './timeframe.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const NY = 'America/New_York';
const day = (iso: string) => utc(`${iso}T00:00:00`) / 86_400_000;

// Reference: Pine v6 User Manual, "Sessions / Time-based sessions": "HHmm-HHmm" periods joined by
// commas, optional ":" day digits 1 = Sunday … 7 = Saturday (none = every day), "24x7" =
// "0000-0000:1234567", and "1700-1700:23456": the Monday session starts Sunday 17:00.
describe('parseSession', () => {
  const minutes = (text: string, weekday: number) =>
    parseSession(text).days[weekday]!.map((r) => [r.start, r.end]);

  it.each([
    ['24x7', 3, [[0, 1440]]],
    ['0000-0000', 0, [[0, 1440]]],
    ['0930-1600', 0, [[570, 960]]],
    ['0930-1600:23456', 1, [[570, 960]]],
    ['0930-1600:23456', 0, []],
    ['0930-1600:23456', 6, []],
    [
      '0930-1200,1300-1600',
      2,
      [
        [570, 720],
        [780, 960],
      ],
    ],
    [
      '1300-1600,0930-1200',
      2,
      [
        [570, 720],
        [780, 960],
      ],
    ],
    ['1800-1700', 4, [[-360, 1020]]],
    ['1700-1700:23456', 1, [[-420, 1020]]],
    ['1000-1001:26', 5, [[600, 601]]],
    ['1000-1001:26', 4, []],
    [
      '0900-1600,1700-2000',
      6,
      [
        [540, 960],
        [1020, 1200],
      ],
    ],
    ['0930-1600|0930-1300:6', 4, [[570, 960]]],
    ['0930-1600|0930-1300:6', 5, [[570, 780]]],
  ])('%s on weekday %i (0 = Sunday) → %j minutes', (text, weekday, expected) => {
    expect(minutes(text, weekday)).toEqual(expected);
  });

  it.each([
    ['24x7', true],
    ['0000-0000:1234567', true],
    ['0000-0000:23456', false],
    ['0930-1600', false],
  ])('%s is 24x7: %s', (text, expected) => expect(parseSession(text).is24x7).toBe(expected));

  it.each([
    ['', 'it is empty'],
    ['regular', 'is not a time range'],
    ['930-1600', 'is not a time range'],
    ['0960-1000', 'is not a time range'],
    ['2400-0100', 'is not a time range'],
    ['0930-1600:0', 'is not a set of day digits'],
    ['0930-1600:238', 'is not a set of day digits'],
    ['0930-1600:2:3', 'more than one ":"'],
    ['0900-1200,1100-1300', 'overlap'],
    ['1700-1600,1630-1800', 'exceeds 24 hours'],
    ['0900-2000|1800-1700:3', 'overlaps the next day'],
  ])('rejects %j (%s)', (text, reason) => {
    expect(() => parseSession(text)).toThrow(`invalid session "${text}": `);
    expect(() => parseSession(text)).toThrow(reason);
  });
});

// Reference: US DST 2024 began 2024-03-10 (EST = UTC-5 before, EDT = UTC-4 after); NYSE regular
// hours 09:30-16:00 Monday to Friday; CME-style overnight session 1700-1600 (opens the day before).
describe('isInSession', () => {
  it.each([
    ['0930-1600:23456', '2024-03-08T14:30:00', true], // Fri 09:30 EST
    ['0930-1600:23456', '2024-03-08T14:29:00', false],
    ['0930-1600:23456', '2024-03-08T20:59:00', true], // 15:59
    ['0930-1600:23456', '2024-03-08T21:00:00', false], // 16:00, end excluded
    ['0930-1600:23456', '2024-03-09T16:00:00', false], // Saturday
    ['0930-1600:23456', '2024-03-11T13:30:00', true], // Mon 09:30 EDT
    ['0930-1600:23456', '2024-03-11T13:29:00', false],
    ['0930-1200,1300-1600', '2024-03-11T16:30:00', false], // 12:30 EDT, lunch break
    ['1700-1600:23456', '2024-01-07T22:00:00', true], // Sun 17:00 EST opens Monday's session
    ['1700-1600:23456', '2024-01-07T21:59:00', false],
    ['1700-1600:23456', '2024-01-12T20:59:00', true], // Fri 15:59
    ['1700-1600:23456', '2024-01-12T22:00:00', false], // Fri 17:00: Saturday does not trade
    ['1700-1600:23456', '2024-01-08T21:30:00', false], // Mon 16:30, daily break
    ['24x7', '2024-01-06T12:00:00', true],
  ])('%s at %s UTC → %s', (text, iso, expected) => {
    expect(isInSession(parseSession(text), NY, utc(iso))).toBe(expected);
  });
});

describe('tradingDayStart / tradingDay', () => {
  it.each([
    ['0930-1600:23456', '2024-03-11T15:00:00', '2024-03-11T13:30:00'], // Mon 11:00 EDT
    ['0930-1600:23456', '2024-03-08T20:59:00', '2024-03-08T14:30:00'], // Fri 15:59 EST
    ['0930-1600:23456', '2024-03-09T15:00:00', '2024-03-11T13:30:00'], // Sat → next: Monday
    ['0930-1600:23456', '2024-03-11T05:00:00', '2024-03-11T13:30:00'], // Mon 01:00, before open
    ['1700-1600:23456', '2024-01-08T10:00:00', '2024-01-07T22:00:00'], // Mon 05:00 → Sun 17:00
    ['1700-1600:23456', '2024-01-07T23:00:00', '2024-01-07T22:00:00'],
    ['1700-1600:23456', '2024-01-08T21:30:00', '2024-01-08T22:00:00'], // Mon 16:30 break → Tue
    ['1700-1600:23456', '2024-01-12T22:30:00', '2024-01-14T22:00:00'], // Fri 17:30 → Monday
    ['24x7', '2024-01-01T15:00:00', '2024-01-01T05:00:00'], // midnight New York
  ])('%s: bar at %s UTC opens its trading day at %s UTC', (text, iso, open) => {
    expect(tradingDayStart(parseSession(text), NY, utc(iso))).toBe(utc(open));
  });

  // Reference: Pine v6 reference, time_tradingday remarks: a Monday session opening Sunday 17:00
  // has time_tradingday = Monday 00:00 UTC.
  it('gives 00:00 UTC of the trading day date, like time_tradingday', () => {
    const session = parseSession('1700-1700:23456');
    expect(tradingDay(session, NY, utc('2024-01-07T23:00:00'))).toBe(utc('2024-01-08T00:00:00'));
  });

  it('splits time into ranges and the gaps between them', () => {
    const segment = sessionSegmentAt(
      parseSession('0930-1600:23456'),
      NY,
      utc('2024-03-09T12:00:00'),
    );
    expect(segment).toEqual({
      start: utc('2024-03-08T21:00:00'), // Fri 16:00 EST
      end: utc('2024-03-11T13:30:00'), // Mon 09:30 EDT
      inSession: false,
      tradingDay: day('2024-03-11'),
    });
  });
});

// Reference: calendar of 2024 (Jan 1 a Monday, Mar 29 a Friday) and of Q2 2024 (Apr 1 – Jun 30).
describe('periods', () => {
  const nyse = parseSession('0930-1600:23456');
  const tf = parseTimeframe;
  it.each([
    ['1W', '2024-01-03', '2024-01-01T14:30:00', '2024-01-05T21:00:00'],
    ['1M', '2024-03-15', '2024-03-01T14:30:00', '2024-03-29T20:00:00'],
    ['3M', '2024-05-15', '2024-04-01T13:30:00', '2024-06-28T20:00:00'],
    ['1D', '2024-03-08', '2024-03-08T14:30:00', '2024-03-08T21:00:00'],
  ])('NYSE %s containing %s opens %s and closes %s UTC', (text, date, open, close) => {
    const key = periodKey(nyse, tf(text), day(date));
    expect(periodOpen(nyse, NY, tf(text), key)).toBe(utc(open));
    expect(periodClose(nyse, NY, tf(text), key)).toBe(utc(close));
  });

  it('nD holds n trading weekdays per period (2D on NYSE over four weeks)', () => {
    const counts = new Map<number, number>();
    for (let d = day('2024-03-04'); d < day('2024-04-01'); d++) {
      const weekday = new Date(d * 86_400_000).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const key = periodKey(nyse, tf('2D'), d);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual(Array(10).fill(2));
  });
});

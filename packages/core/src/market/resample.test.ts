import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allocateColumns, type Bar, type Bars, barAt, barsFromRows, createBars } from './bars.ts';
import { resampleBars } from './resample.ts';
import { symbolInfo } from './symbol-info.ts';
import { parseTimeframe } from './timeframe.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
const MIN = 60_000;
const DAY = 86_400_000;
const CRYPTO = symbolInfo('BTCUSD');
const INDEX = symbolInfo('INDEX', { session: '0000-0000:23456' });
const NYSE = symbolInfo('SPY', { timezone: 'America/New_York', session: '0930-1600:23456' });

/** Bars at the given times; bar i: open 100 + i, high open + 1, low open - 1, close open + 0.5, volume 1. */
function rampBars(symbol = CRYPTO, tf = '1', times: number[] = []): Bars {
  const c = allocateColumns(times.length);
  times.forEach((t, i) => {
    c.time[i] = t;
    c.open[i] = 100 + i;
    c.high[i] = 101 + i;
    c.low[i] = 99 + i;
    c.close[i] = 100.5 + i;
    c.volume[i] = 1;
  });
  return createBars(symbol, parseTimeframe(tf), c);
}

const minutes = (from: number, count: number, step = MIN) =>
  Array.from({ length: count }, (_, i) => from + i * step);
const rows = (bars: Bars) => Array.from({ length: bars.length }, (_, i) => barAt(bars, i));
/** The aggregate of ramp bars first … last (indices), opening at `time`. */
const ramp = (time: number, first: number, last: number): Bar => ({
  time,
  open: 100 + first,
  high: 101 + last,
  low: 99 + first,
  close: 100.5 + last,
  volume: last - first + 1,
});

describe('resampleBars, intraday targets', () => {
  // Hand-worked: 60 one-minute bars from 00:00 UTC make four 15-minute bars at :00 :15 :30 :45.
  it('1 → 15 on 24x7 UTC', () => {
    const t0 = utc('2024-01-01T00:00:00');
    const out = resampleBars(rampBars(CRYPTO, '1', minutes(t0, 60)), parseTimeframe('15'));
    expect(rows(out)).toEqual(
      [0, 1, 2, 3].map((k) => ramp(t0 + k * 15 * MIN, 15 * k, 15 * k + 14)),
    );
  });

  // Hand-worked partial buckets: bars 00:07 … 00:36 → 00:00 (8 bars), 00:15 (15), 00:30 (7).
  it('1 → 15 keeps partial first and last buckets on the grid', () => {
    const t0 = utc('2024-01-01T00:00:00');
    const out = resampleBars(
      rampBars(CRYPTO, '1', minutes(t0 + 7 * MIN, 30)),
      parseTimeframe('15'),
    );
    expect(rows(out)).toEqual([
      ramp(t0, 0, 7),
      ramp(t0 + 15 * MIN, 8, 22),
      ramp(t0 + 30 * MIN, 23, 29),
    ]);
  });

  // Reference: TradingView NYSE 60-minute bars open at 09:30 … 15:30 local, the last one 30 minutes.
  // 2024-03-08 is EST (09:30 = 14:30 UTC), 2024-03-11 EDT (09:30 = 13:30 UTC): DST began 03-10.
  it('1 → 60 on NYSE across the DST change', () => {
    const fri = utc('2024-03-08T14:30:00');
    const mon = utc('2024-03-11T13:30:00');
    const input = rampBars(NYSE, '1', [...minutes(fri, 390), ...minutes(mon, 390)]);
    const out = resampleBars(input, parseTimeframe('60'));
    const day = (open: number, base: number) =>
      [0, 1, 2, 3, 4, 5, 6].map((h) =>
        ramp(open + h * 60 * MIN, base + 60 * h, base + Math.min(60 * h + 59, 389)),
      );
    expect(rows(out)).toEqual([...day(fri, 0), ...day(mon, 390)]);
    expect(iso(out.time[6]!)).toBe('2024-03-08T20:30:00'); // 15:30 EST
    expect(out.volume[6]).toBe(30);
  });

  // Hand-worked: 15-minute NYSE bars 09:30 … 15:45 → 240-minute bars at 09:30 (16 bars) and 13:30 (10).
  it('15 → 240 on NYSE', () => {
    const open = utc('2024-03-11T13:30:00');
    const out = resampleBars(
      rampBars(NYSE, '15', minutes(open, 26, 15 * MIN)),
      parseTimeframe('240'),
    );
    expect(rows(out)).toEqual([ramp(open, 0, 15), ramp(open + 240 * MIN, 16, 25)]);
  });

  // Hand-worked, on our reading of TradingView (resample.ts header; not checked on a chart): a
  // session with a lunch break (SSE 0930-1130,1300-1500) restarts the 60-minute grid at 13:00.
  it('restarts the grid after a session break', () => {
    const sse = symbolInfo('600000', { timezone: 'Asia/Shanghai', session: '0930-1130,1300-1500' });
    const morning = utc('2024-03-11T01:30:00'); // 09:30 CST (UTC+8)
    const afternoon = utc('2024-03-11T05:00:00'); // 13:00
    const input = rampBars(sse, '1', [...minutes(morning, 120), ...minutes(afternoon, 120)]);
    const out = resampleBars(input, parseTimeframe('60'));
    expect(Array.from(out.time, iso).join()).toBe(
      ['01:30', '02:30', '05:00', '06:00'].map((hm) => `2024-03-11T${hm}:00`).join(),
    );
  });
});

describe('resampleBars, D W M targets', () => {
  // Hand-worked: seven NYSE hourly bars per day → one daily bar opening at the 09:30 session open.
  it('60 → D on NYSE', () => {
    const fri = utc('2024-03-08T14:30:00');
    const mon = utc('2024-03-11T13:30:00');
    const input = rampBars(NYSE, '60', [
      ...minutes(fri, 7, 60 * MIN),
      ...minutes(mon, 7, 60 * MIN),
    ]);
    expect(rows(resampleBars(input, parseTimeframe('D')))).toEqual([
      ramp(fri, 0, 6),
      ramp(mon, 7, 13),
    ]);
  });

  // Reference: Pine v6 reference, time_tradingday: on an overnight session the Monday bar opens
  // Sunday 17:00 (here 1700-1600 New York, EST: 22:00 UTC); the 16:00–17:00 break ends the day.
  it('60 → D on an overnight session belongs to the day it ends on', () => {
    const cme = symbolInfo('ES', { timezone: 'America/New_York', session: '1700-1600:23456' });
    const sunday = utc('2024-01-07T22:00:00');
    const tuesdayOpen = utc('2024-01-08T22:00:00'); // Monday 17:00 EST
    const input = rampBars(cme, '60', [...minutes(sunday, 23, 60 * MIN), tuesdayOpen]);
    expect(rows(resampleBars(input, parseTimeframe('D')))).toEqual([
      ramp(sunday, 0, 22),
      ramp(tuesdayOpen, 23, 23),
    ]);
  });

  // Reference: Gregorian calendar 2024: January 31 days, February 29, March 31.
  it('D → M on 24x7 UTC', () => {
    const jan1 = utc('2024-01-01T00:00:00');
    const out = resampleBars(rampBars(CRYPTO, 'D', minutes(jan1, 91, DAY)), parseTimeframe('M'));
    expect(rows(out)).toEqual([
      ramp(jan1, 0, 30),
      ramp(utc('2024-02-01T00:00:00'), 31, 59),
      ramp(utc('2024-03-01T00:00:00'), 60, 90),
    ]);
  });

  // Reference: quarters of 2023 have 90, 91, 92 and 92 days.
  it('D → 3M groups months from January (quarters)', () => {
    const out = resampleBars(
      rampBars(CRYPTO, 'D', minutes(utc('2023-01-01T00:00:00'), 365, DAY)),
      parseTimeframe('3M'),
    );
    expect(Array.from(out.time, iso).join()).toBe(
      ['01', '04', '07', '10'].map((m) => `2023-${m}-01T00:00:00`).join(),
    );
    expect([...out.volume]).toEqual([90, 91, 92, 92]);
  });

  // Hand-worked partial buckets: 2024-01-10 (Wed) … 2024-01-16 (Tue) → weeks of Jan 8 and Jan 15.
  it('D → W: weeks start Monday, partial weeks keep the Monday time', () => {
    const out = resampleBars(
      rampBars(CRYPTO, 'D', minutes(utc('2024-01-10T00:00:00'), 7, DAY)),
      parseTimeframe('W'),
    );
    expect(rows(out)).toEqual([
      ramp(utc('2024-01-08T00:00:00'), 0, 4),
      ramp(utc('2024-01-15T00:00:00'), 5, 6),
    ]);
  });

  // Reference: backtrader's 2006 daily index series and the weekly series it ships for the same
  // year (mementum/backtrader datas/): weekly bars dated on the week's last trading day, ours on
  // Monday, so rows are matched by ISO week.
  const dailyFile = referencePath('backtrader/2006-day-001.txt');
  const weeklyFile = referencePath('backtrader/2006-week-001.txt');
  it.skipIf(!existsSync(dailyFile) || !existsSync(weeklyFile))(
    'D → W reproduces backtrader 2006-week-001.txt from 2006-day-001.txt',
    () => {
      const daily = readBacktrader(dailyFile);
      const weekly = readBacktrader(weeklyFile);
      const out = rows(
        resampleBars(barsFromRows(INDEX, parseTimeframe('D'), daily), parseTimeframe('W')),
      );
      expect(out.map((b) => isoWeek(b.time))).toEqual(weekly.map((b) => isoWeek(b.time)));
      expect(out.map(({ time: _, ...ohlcv }) => ohlcv)).toEqual(
        weekly.map(({ time: _, ...ohlcv }) => ohlcv),
      );
      expect(out.every((b) => new Date(b.time).getUTCDay() === 1)).toBe(true);
    },
  );
});

describe('resampleBars, errors and speed', () => {
  it.each([
    ['15', '50', 'cannot resample 15 bars to 50: 50 is not a multiple of 15'],
    ['60', '15', 'cannot resample 60 bars to 15: 15 is not higher than 60'],
    ['1', '1', 'cannot resample 1 bars to 1: 1 is not higher than 1'],
    ['1D', '60', 'cannot resample 1D bars to 60: 60 is not higher than 1D'],
    ['1W', '1M', 'cannot resample 1W bars to 1M: weeks do not divide months'],
    ['2M', '3M', 'cannot resample 2M bars to 3M: 3M is not a multiple of 2M'],
    ['1M', '1W', 'cannot resample 1M bars to 1W: 1W is not higher than 1M'],
  ])('%s → %s throws', (from, to, message) => {
    expect(() => resampleBars(rampBars(CRYPTO, from), parseTimeframe(to))).toThrow(message);
  });
});

function referencePath(name: string): string {
  return fileURLToPath(new URL(`../../../../../shared/reference/${name}`, import.meta.url));
}

/** `Date,Open,High,Low,Close,Volume,OpenInterest` rows, dates as 00:00 UTC. */
function readBacktrader(path: string): Bar[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [date, open, high, low, close, volume] = line.split(',');
      return {
        time: utc(`${date}T00:00:00`),
        open: Number(open),
        high: Number(high),
        low: Number(low),
        close: Number(close),
        volume: Number(volume),
      };
    });
}

/** ISO-8601 week `YYYY-Www` (weeks start Monday; week 1 holds the year's first Thursday). */
function isoWeek(ms: number): string {
  const d = new Date(ms);
  const thursday = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)),
  );
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

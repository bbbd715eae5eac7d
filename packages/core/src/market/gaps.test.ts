import { describe, expect, it } from 'vitest';
import { allocateColumns, createBars } from './bars.ts';
import { findGaps } from './gaps.ts';
import { type SymbolInfo, symbolInfo } from './symbol-info.ts';
import { parseTimeframe } from './timeframe.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const CRYPTO = symbolInfo('BTCUSD');
const NYSE = symbolInfo('SPY', { timezone: 'America/New_York', session: '0930-1600:23456' });

function barsAt(symbol: SymbolInfo, tf: string, times: number[]) {
  const c = allocateColumns(times.length);
  c.time.set(times);
  c.open.fill(1);
  c.high.fill(1);
  c.low.fill(1);
  c.close.fill(1);
  c.volume.fill(1);
  return createBars(symbol, parseTimeframe(tf), c);
}
const series = (from: number, count: number, step: number) =>
  Array.from({ length: count }, (_, i) => from + i * step);
/** NYSE hourly bars of one day: 09:30 … 15:30 local, given the UTC time of 09:30. */
const nyseDay = (open: number) => series(open, 7, HOUR);
const gap = (from: string, to: string, missingBars: number) => ({
  from: utc(from),
  to: utc(to),
  missingBars,
});

// Hand-worked cases. NYSE 0930-1600 Mon–Fri, New York time: 2024-03-07/08 are EST (UTC-5),
// 2024-03-11 EDT (UTC-4), DST having begun 2024-03-10; hourly slots 09:30 … 15:30 (cut at 16:00).
describe('findGaps, intraday', () => {
  it('finds three missing minutes on 24x7 UTC', () => {
    const t0 = utc('2024-01-01T00:00:00');
    const bars = barsAt(CRYPTO, '1', [t0, t0 + MIN, t0 + 5 * MIN]);
    expect(findGaps(bars)).toEqual([gap('2024-01-01T00:02:00', '2024-01-01T00:05:00', 3)]);
  });

  it('finds none in a complete 24x7 series across midnight', () => {
    expect(findGaps(barsAt(CRYPTO, '60', series(utc('2024-01-01T20:00:00'), 10, HOUR)))).toEqual(
      [],
    );
  });

  it('does not count the weekend or the night', () => {
    const bars = barsAt(NYSE, '60', [
      ...nyseDay(utc('2024-03-07T14:30:00')),
      ...nyseDay(utc('2024-03-08T14:30:00')),
      ...nyseDay(utc('2024-03-11T13:30:00')),
    ]);
    expect(findGaps(bars)).toEqual([]);
  });

  it('counts the cut last slot of the day (14:30 and 15:30 missing on Friday)', () => {
    const bars = barsAt(NYSE, '60', [
      ...nyseDay(utc('2024-03-08T14:30:00')).slice(0, 5),
      ...nyseDay(utc('2024-03-11T13:30:00')),
    ]);
    expect(findGaps(bars)).toEqual([gap('2024-03-08T19:30:00', '2024-03-08T21:00:00', 2)]);
  });

  it('joins Friday 15:30 and Monday 09:30 into one gap over the weekend', () => {
    const bars = barsAt(NYSE, '60', [
      ...nyseDay(utc('2024-03-08T14:30:00')).slice(0, 6),
      ...nyseDay(utc('2024-03-11T13:30:00')).slice(1),
    ]);
    expect(findGaps(bars)).toEqual([gap('2024-03-08T20:30:00', '2024-03-11T14:30:00', 2)]);
  });

  it('counts a whole missing weekday', () => {
    const bars = barsAt(NYSE, '60', [
      ...nyseDay(utc('2024-03-07T14:30:00')),
      ...nyseDay(utc('2024-03-11T13:30:00')),
    ]);
    expect(findGaps(bars)).toEqual([gap('2024-03-08T14:30:00', '2024-03-08T21:00:00', 7)]);
  });

  it('ignores bars outside the session (pre-market 08:30 on Monday)', () => {
    const bars = barsAt(NYSE, '60', [
      ...nyseDay(utc('2024-03-08T14:30:00')),
      utc('2024-03-11T12:30:00'),
      ...nyseDay(utc('2024-03-11T13:30:00')),
    ]);
    expect(findGaps(bars)).toEqual([]);
  });
});

describe('findGaps, D W M', () => {
  // 2024-03-04 is a Monday; 2024-01-01 (Monday) was the New Year holiday on NYSE.
  const nyseDaily = (dates: string[]) =>
    barsAt(
      NYSE,
      'D',
      dates.map((d) => utc(`${d}T14:30:00`)),
    );

  it('counts a missing Wednesday but not the weekend', () => {
    const bars = nyseDaily(['2024-03-04', '2024-03-05', '2024-03-07', '2024-03-08', '2024-03-11']);
    expect(findGaps(bars)).toEqual([gap('2024-03-06T14:30:00', '2024-03-06T21:00:00', 1)]);
  });

  it('reports a holiday as a gap for the caller to label (New Year 2024)', () => {
    const bars = nyseDaily(['2023-12-29', '2024-01-02']);
    expect(findGaps(bars)).toEqual([gap('2024-01-01T14:30:00', '2024-01-01T21:00:00', 1)]);
  });

  it('reads daily bars stamped 00:00 UTC as their date (a CSV habit)', () => {
    const bars = barsAt(NYSE, 'D', [utc('2024-03-04T00:00:00'), utc('2024-03-06T00:00:00')]);
    expect(findGaps(bars)).toEqual([gap('2024-03-05T14:30:00', '2024-03-05T21:00:00', 1)]);
  });

  it('counts a missing Saturday on 24x7', () => {
    const bars = barsAt(CRYPTO, 'D', [utc('2024-03-08T00:00:00'), utc('2024-03-10T00:00:00')]);
    expect(findGaps(bars)).toEqual([gap('2024-03-09T00:00:00', '2024-03-10T00:00:00', 1)]);
  });

  it('counts missing weeks (Monday to Monday)', () => {
    const bars = barsAt(CRYPTO, 'W', [
      utc('2024-01-01T00:00:00'),
      utc('2024-01-08T00:00:00'),
      utc('2024-01-29T00:00:00'),
    ]);
    expect(findGaps(bars)).toEqual([gap('2024-01-15T00:00:00', '2024-01-29T00:00:00', 2)]);
  });

  it('counts missing months', () => {
    const bars = barsAt(CRYPTO, 'M', [utc('2024-01-01T00:00:00'), utc('2024-04-01T00:00:00')]);
    expect(findGaps(bars)).toEqual([gap('2024-02-01T00:00:00', '2024-04-01T00:00:00', 2)]);
  });

  it('finds none in a complete daily 24x7 series', () => {
    expect(findGaps(barsAt(CRYPTO, 'D', series(utc('2024-02-20T00:00:00'), 20, DAY)))).toEqual([]);
  });
});

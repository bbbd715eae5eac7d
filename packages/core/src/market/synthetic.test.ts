import { describe, expect, it } from 'vitest';
import { BAR_FIELDS } from './bars.ts';
import { findGaps } from './gaps.ts';
import { isInSession, parseSession } from './session.ts';
import { symbolInfo } from './symbol-info.ts';
import { syntheticBars, syntheticSeries } from './synthetic.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const CRYPTO = symbolInfo('BTCUSD');
const NYSE = symbolInfo('SPY', { timezone: 'America/New_York', session: '0930-1600:23456' });

describe('syntheticBars', () => {
  it('repeats bars for the same seed and changes them for another', () => {
    const make = (seed: number) =>
      syntheticBars({ symbol: CRYPTO, timeframe: '15', bars: 500, seed });
    const a = make(1);
    const b = make(1);
    const c = make(2);
    for (const field of BAR_FIELDS) expect(b[field]).toEqual(a[field]);
    expect(c.close).not.toEqual(a.close);
    expect(c.time).toEqual(a.time);
  });

  // Definition of an OHLC bar: low ≤ open, close ≤ high; prices on the syminfo.mintick grid.
  it.each([
    [0.01, 100],
    [0.25, 4000],
    [0.00001, 1.1],
  ])('keeps OHLC invariants and the %f tick grid over 100,000 bars', (mintick, startPrice) => {
    const symbol = symbolInfo('X', { mintick });
    const bars = syntheticBars({ symbol, timeframe: '1', bars: 100_000, seed: 5, startPrice });
    const onGrid = (p: number) => Math.abs(p / mintick - Math.round(p / mintick)) < 1e-6;
    let bad = 0;
    for (let i = 0; i < bars.length; i++) {
      const [o, h, l, c, v] = [
        bars.open[i]!,
        bars.high[i]!,
        bars.low[i]!,
        bars.close[i]!,
        bars.volume[i]!,
      ];
      if (!(h >= Math.max(o, c) && l <= Math.min(o, c) && l > 0 && v > 0)) bad++;
      if (![o, h, l, c].every(onGrid)) bad++;
    }
    expect(bad).toBe(0);
  });

  // Model definition: the volatile regime's volatility is volatileFactor (3) × the calm one, so the
  // standard deviation of close/open log returns must differ by about 3 between regimes.
  it('shows the volatility regimes in the returns', () => {
    const { bars, regime } = syntheticSeries({
      symbol: symbolInfo('X', { mintick: 0.0001 }),
      timeframe: '60',
      bars: 100_000,
      seed: 9,
    });
    const stats = [0, 1].map(() => ({ n: 0, sum: 0, squares: 0 }));
    for (let i = 0; i < bars.length; i++) {
      const r = Math.log(bars.close[i]! / bars.open[i]!);
      const s = stats[regime[i]!]!;
      s.n++;
      s.sum += r;
      s.squares += r * r;
    }
    const sd = stats.map((s) => Math.sqrt(s.squares / s.n - (s.sum / s.n) ** 2));
    // Stationary share of the volatile state: 0.01 / (0.01 + 0.05) = 1/6.
    expect(stats[1]!.n / bars.length).toBeGreaterThan(0.1);
    expect(stats[1]!.n / bars.length).toBeLessThan(0.25);
    expect(sd[1]! / sd[0]!).toBeGreaterThan(2.5);
    expect(sd[1]! / sd[0]!).toBeLessThan(3.5);
  });

  it('opens away from the previous close only on gap bars (about gapProbability of them)', () => {
    const count = (gapProbability: number) => {
      const bars = syntheticBars({
        symbol: CRYPTO,
        timeframe: 'D',
        bars: 20_000,
        seed: 3,
        gapProbability,
      });
      let gaps = 0;
      for (let i = 1; i < bars.length; i++) if (bars.open[i] !== bars.close[i - 1]) gaps++;
      return gaps / (bars.length - 1);
    };
    expect(count(0)).toBe(0);
    expect(count(0.05)).toBeGreaterThan(0.04);
    expect(count(0.05)).toBeLessThan(0.06);
  });
});

describe('syntheticBars times', () => {
  it('spaces 24x7 bars by the timeframe from the start', () => {
    const start = utc('2024-01-01T00:00:00');
    const bars = syntheticBars({ symbol: CRYPTO, timeframe: '15', bars: 200, seed: 1, start });
    expect(bars.time[0]).toBe(start);
    expect(new Set(bars.time.subarray(1).map((t, i) => t - bars.time[i]!))).toEqual(
      new Set([15 * 60_000]),
    );
  });

  // Reference: NYSE 60-minute bars open 09:30 … 15:30 New York time (EST = UTC-5 on 2024-03-08,
  // EDT = UTC-4 on 2024-03-11 after the DST change of 2024-03-10), none on the weekend.
  it('follows the NYSE session across a weekend and a DST change', () => {
    const start = utc('2024-03-08T12:00:00');
    const bars = syntheticBars({ symbol: NYSE, timeframe: '60', bars: 9, seed: 1, start });
    const hours = (day: string, first: number, count: number) =>
      Array.from({ length: count }, (_, h) => utc(`${day}T${first + h}:30:00`));
    expect([...bars.time]).toEqual([...hours('2024-03-08', 14, 7), ...hours('2024-03-11', 13, 2)]);
  });

  it('never leaves the session and leaves no gaps (cross-check with isInSession and findGaps)', () => {
    const start = utc('2024-01-01T00:00:00');
    const bars = syntheticBars({ symbol: NYSE, timeframe: '5', bars: 20_000, seed: 4, start });
    const session = parseSession(NYSE.session);
    expect(bars.time.every((t) => isInSession(session, NYSE.timezone, t))).toBe(true);
    expect(findGaps(bars)).toEqual([]);
  });

  // Reference: 2024-03-09/10 are a weekend; NYSE daily bars open at 09:30 New York time.
  it('makes one daily bar per trading weekday at the session open', () => {
    const bars = syntheticBars({
      symbol: NYSE,
      timeframe: 'D',
      bars: 3,
      seed: 1,
      start: utc('2024-03-07T15:00:00'),
    });
    expect([...bars.time]).toEqual([
      utc('2024-03-08T14:30:00'),
      utc('2024-03-11T13:30:00'),
      utc('2024-03-12T13:30:00'),
    ]);
  });
});

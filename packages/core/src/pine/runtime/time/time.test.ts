import { describe, expect, it } from 'vitest';
import { type Bars, createBars } from '../../../market/bars.ts';
import { symbolInfo } from '../../../market/symbol-info.ts';
import { parseTimeframe } from '../../../market/timeframe.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { BarState } from '../series/bar-state.ts';
import { calendarPart } from './calendar.ts';
import { TimeFunctions } from './time-functions.ts';
import { TimeVariables } from './time-variables.ts';
import { fromSeconds, PineTimeframe } from './timeframe.ts';
import { TimeframeChange } from './timeframe-change.ts';

const NYSE = symbolInfo('SPY', {
  exchange: 'NYSE',
  timezone: 'America/New_York',
  session: '0930-1600:23456',
});

function barsAt(times: number[], timeframe = '15', symbol = NYSE): Bars {
  const col = () => Float64Array.from(times, () => 1);
  return createBars(symbol, parseTimeframe(timeframe), {
    time: Float64Array.from(times),
    open: col(),
    high: col(),
    low: col(),
    close: col(),
    volume: col(),
  });
}

/** Loads bar `index` and returns the run objects on it. */
function at(bars: Bars, index: number) {
  const bar = new BarState(bars);
  bar.load(index);
  return { bar, fns: new TimeFunctions(bar, bars), vars: new TimeVariables(bar, bars, () => 42) };
}

describe('calendar parts in America/New_York across DST (worked by hand)', () => {
  // DST began 2024-03-10 at 07:00 UTC (02:00 EST → 03:00 EDT) and ended 2024-11-03 at 06:00 UTC.
  it.each([
    // 04:30 UTC Mar 10 is 23:30 EST Saturday Mar 9: dayofweek 7, hour 23.
    [Date.UTC(2024, 2, 10, 4, 30), 7, 23],
    // 04:30 UTC Mar 11 is 00:30 EDT Monday (UTC-4); with EST it would still be Sunday 23:30.
    [Date.UTC(2024, 2, 11, 4, 30), 2, 0],
    // 04:30 UTC Nov 4 is 23:30 EST Sunday Nov 3 (UTC-5); with EDT it would be Monday 00:30.
    [Date.UTC(2024, 10, 4, 4, 30), 1, 23],
  ])('at %i: dayofweek %i, hour %i', (t, dayofweek, hour) => {
    expect(calendarPart('dayofweek', t, 'America/New_York')).toBe(dayofweek);
    expect(calendarPart('hour', t, 'America/New_York')).toBe(hour);
  });

  it('gives na for an na time', () => {
    expect(calendarPart('year', Number.NaN, 'UTC')).toBeNaN();
  });

  it('weekofyear counts Sunday-first weeks from the week of January 1', () => {
    // Jan 1 2023 is a Sunday: Jan 7 (Sat) is week 1, Jan 8 (Sun) week 2.
    expect(calendarPart('weekofyear', Date.UTC(2023, 0, 7, 12), 'UTC')).toBe(1);
    expect(calendarPart('weekofyear', Date.UTC(2023, 0, 8, 12), 'UTC')).toBe(2);
    // Dec 31 2024 (Tue) shares its week with Jan 1 2025 (Wed): week 1.
    expect(calendarPart('weekofyear', Date.UTC(2024, 11, 31, 12), 'UTC')).toBe(1);
  });
});

describe('timestamp (reference and user manual examples)', () => {
  const { fns } = at(barsAt([Date.UTC(2024, 0, 2, 14, 30)]), 0);

  it.each([
    // 15:30 at UTC+2 is 13:30 UTC: Date.UTC(2020, 1, 20, 13, 30) = 1582205400000.
    ['2020-02-20T15:30:00+02:00', 1582205400000],
    ['20 Feb 2020 15:30:00 GMT+0200', 1582205400000],
    // No zone: UTC (user manual: "the default time zone for the third signature is GMT+0").
    ['2021-01-01', Date.UTC(2021, 0, 1)],
    ['Feb 01 2020 22:10:05', Date.UTC(2020, 1, 1, 22, 10, 5)],
    ['2011-10-10T14:48:00', Date.UTC(2011, 9, 10, 14, 48)],
    // GMT+5: 00:12 local is 19:12 UTC the day before.
    ['04 Dec 1995 00:12:00 GMT+5', Date.UTC(1995, 11, 3, 19, 12)],
  ])('timestamp(%j)', (text, expected) => {
    expect(fns.timestamp(text)).toBe(expected);
  });

  it('reads calendar fields in the exchange time zone or a given one', () => {
    // 2021-01-01 00:00 EST (UTC-5) is 05:00 UTC, as the manual's NASDAQ table shows.
    expect(fns.timestamp(2021, 1, 1, 0, 0)).toBe(Date.UTC(2021, 0, 1, 5));
    expect(fns.timestamp('America/New_York', 2021, 1, 1, 0, 0)).toBe(Date.UTC(2021, 0, 1, 5));
    expect(fns.timestamp('UTC0', 2021, 1, 1, 0, 0)).toBe(Date.UTC(2021, 0, 1));
    expect(fns.timestamp('UTC-5', 2020, 2, 20, 15, 30)).toBe(Date.UTC(2020, 1, 20, 20, 30));
    // Fields roll over: month 13 of 2020 is January 2021.
    expect(fns.timestamp('UTC', 2020, 13, 1)).toBe(Date.UTC(2021, 0, 1));
    expect(() => fns.timestamp('not a date')).toThrow(PineRuntimeError);
  });
});

describe('time() and time_close() with a session (user manual, "Testing for sessions")', () => {
  // 15-minute NYSE bars on Tuesday 2024-01-02 (EST, UTC-5): 09:15, 09:30, 15:45, 16:00 local.
  const local = (h: number, m: number) => Date.UTC(2024, 0, 2, h + 5, m);
  const bars = barsAt([local(9, 15), local(9, 30), local(15, 45), local(16, 0)]);

  it.each([
    [0, false],
    [1, true],
    [2, true],
    // Sessions include their start and exclude their end: 16:00 is outside.
    [3, false],
  ])('bar %i in "0930-1600": %s', (index, inside) => {
    const { fns, bar } = at(bars, index);
    const t = fns.time('15', '0930-1600');
    if (inside) expect(t).toBe(bar.time);
    else expect(t).toBeNaN();
  });

  it('reads the session in the given time zone', () => {
    // 09:30 New York is 14:30 UTC: inside "1400-1500" only when the session is read in UTC.
    const { fns } = at(bars, 1);
    expect(fns.time('15', '1400-1500', 'UTC')).toBe(local(9, 30));
    expect(fns.time('15', '1400-1500')).toBeNaN();
  });

  it('gives the higher-timeframe bar: 60-minute bars open at 09:30, daily at the session open', () => {
    const { fns } = at(bars, 2);
    // 15:45 falls in the 15:30 hourly bar, which the 16:00 close cuts to 30 minutes.
    expect(fns.time('60')).toBe(local(15, 30));
    expect(fns.time_close('60')).toBe(local(16, 0));
    expect(fns.time('1D')).toBe(local(9, 30));
    expect(fns.time_close('1D')).toBe(local(16, 0));
    // One daily bar back: Monday 2024-01-01 09:30 (the session knows weekdays, not holidays).
    expect(fns.time('1D', '', undefined, 0, 1)).toBe(Date.UTC(2024, 0, 1, 14, 30));
    // bars_back = 2 reads the 09:15 bar.
    expect(fns.time('', '', undefined, 2)).toBe(local(9, 15));
  });
});

describe('time variables', () => {
  const local = (h: number, m: number) => Date.UTC(2024, 0, 2, h + 5, m);
  const bars = barsAt([local(9, 30), local(15, 45)]);

  it('are read from the bar in the exchange time zone', () => {
    const { vars } = at(bars, 1);
    expect(vars.time).toBe(local(15, 45));
    // The last 15-minute bar closes at the 16:00 session end.
    expect(vars.time_close).toBe(local(16, 0));
    expect(vars.hour).toBe(15);
    expect(vars.minute).toBe(45);
    // 2024-01-02 is a Tuesday: dayofweek.tuesday = 3.
    expect(vars.dayofweek).toBe(3);
    expect(vars.dayofmonth).toBe(2);
    expect(vars.year).toBe(2024);
    // time_tradingday: 00:00 UTC of the trading day's date.
    expect(vars.time_tradingday).toBe(Date.UTC(2024, 0, 2));
    expect(vars.last_bar_time).toBe(local(15, 45));
    expect(vars.last_bar_index).toBe(1);
    expect(vars.timenow).toBe(42);
  });

  it('time_tradingday of an overnight session is the day it ends on (reference remarks)', () => {
    const fx = symbolInfo('EURUSD', { timezone: 'America/New_York', session: '1700-1700:23456' });
    // Sunday 2024-01-07 17:00 EST opens Monday's session: time_tradingday is Monday 00:00 UTC.
    const { vars } = at(barsAt([Date.UTC(2024, 0, 7, 22)], '60', fx), 0);
    expect(vars.time_tradingday).toBe(Date.UTC(2024, 0, 8));
  });
});

describe('timeframe.*', () => {
  it.each([
    ['15', '15', 15, true, false],
    ['60', '60', 60, true, false],
    ['D', '1D', 1, false, true],
    ['1W', '1W', 1, false, true],
  ])(
    'chart %s: period %s, multiplier %i, isintraday %s, isdwm %s',
    (tf, period, mult, intra, dwm) => {
      const t = new PineTimeframe(parseTimeframe(tf));
      expect(t.period).toBe(period);
      expect(t.multiplier).toBe(mult);
      expect(t.isintraday).toBe(intra);
      expect(t.isdwm).toBe(dwm);
    },
  );

  it('in_seconds and from_seconds', () => {
    const t = new PineTimeframe(parseTimeframe('60'));
    expect(t.in_seconds()).toBe(3600);
    expect(t.in_seconds('1D')).toBe(86400);
    expect(fromSeconds(60)).toBe('1');
    expect(fromSeconds(3600)).toBe('60');
    expect(fromSeconds(86400)).toBe('1D');
    expect(fromSeconds(604800)).toBe('1W');
    // 90 seconds is no timeframe: the next larger one, 2 minutes.
    expect(fromSeconds(90)).toBe('2');
  });

  it('timeframe.change("1D") is true on the first bar of each day', () => {
    // 60-minute NYSE bars: two on Jan 2, two on Jan 3.
    const local = (d: number, h: number, m: number) => Date.UTC(2024, 0, d, h + 5, m);
    const bars = barsAt(
      [local(2, 9, 30), local(2, 10, 30), local(3, 9, 30), local(3, 10, 30)],
      '60',
    );
    const bar = new BarState(bars);
    const change = new TimeframeChange(bar, bars);
    const seen: boolean[] = [];
    for (let i = 0; i < bars.length; i++) {
      bar.load(i);
      seen.push(change.next('1D'));
    }
    expect(seen).toEqual([true, false, true, false]);
  });
});

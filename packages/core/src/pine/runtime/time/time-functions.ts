/**
 * Pine's time functions: `time()`, `time_close()`, `timestamp()` and the calendar functions
 * `year(time, timezone)` … `second(time, timezone)`. A per-run object (runtime convention, shape 2)
 * over the run's bars; every method is keyed by its Pine name.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_time
 */
import type { Bars } from '../../../market/bars.ts';
import { isInSession, parseSession, type Session } from '../../../market/session.ts';
import { compareTimeframes, timeframeSeconds } from '../../../market/timeframe.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import type { BarState } from '../series/bar-state.ts';
import { type CalendarPart, calendarPart } from './calendar.ts';
import { periodBounds } from './period-bounds.ts';
import { parseTimeframeArg } from './timeframe.ts';
import { timestampFromString, timestampOf } from './timestamp.ts';
import { resolveTimezone } from './timezone-arg.ts';

export class TimeFunctions {
  private readonly session: Session;
  private readonly zone: string;

  constructor(
    private readonly bar: BarState,
    private readonly bars: Bars,
  ) {
    this.session = parseSession(bar.symbol.session);
    this.zone = resolveTimezone(bar.symbol.timezone);
  }

  /**
   * Open time of the `timeframe` bar containing the chart bar `bars_back` bars ago, moved
   * `timeframe_bars_back` bars of `timeframe` back; na when that chart bar opens outside
   * `session` (read in `timezone`, default the exchange's). "" means the chart timeframe.
   */
  readonly time = (
    timeframe: string,
    session?: string,
    timezone?: string,
    bars_back = 0,
    timeframe_bars_back = 0,
  ): number => this.bound('open', timeframe, session, timezone, bars_back, timeframe_bars_back);

  /** Close time of the same bar (the session close cuts the last intraday bar of a range). */
  readonly time_close = (
    timeframe: string,
    session?: string,
    timezone?: string,
    bars_back = 0,
    timeframe_bars_back = 0,
  ): number => this.bound('close', timeframe, session, timezone, bars_back, timeframe_bars_back);

  /**
   * `timestamp(dateString)`, `timestamp(year, month, day, hour?, minute?, second?)` in the exchange
   * time zone, or `timestamp(timezone, year, month, day, …)`.
   */
  readonly timestamp = (first: string | number, ...rest: number[]): number => {
    if (typeof first === 'number') {
      const [month = Number.NaN, day = Number.NaN, hour, minute, second] = rest;
      return timestampOf(this.zone, first, month, day, hour, minute, second);
    }
    if (rest.length === 0) return timestampFromString(first);
    const [year = Number.NaN, month = Number.NaN, day = Number.NaN, hour, minute, second] = rest;
    return timestampOf(resolveTimezone(first), year, month, day, hour, minute, second);
  };

  readonly year = (time: number, timezone?: string) => this.part('year', time, timezone);
  readonly month = (time: number, timezone?: string) => this.part('month', time, timezone);
  readonly weekofyear = (time: number, timezone?: string) =>
    this.part('weekofyear', time, timezone);
  readonly dayofmonth = (time: number, timezone?: string) =>
    this.part('dayofmonth', time, timezone);
  readonly dayofweek = (time: number, timezone?: string) => this.part('dayofweek', time, timezone);
  readonly hour = (time: number, timezone?: string) => this.part('hour', time, timezone);
  readonly minute = (time: number, timezone?: string) => this.part('minute', time, timezone);
  readonly second = (time: number, timezone?: string) => this.part('second', time, timezone);

  private part(part: CalendarPart, time: number, timezone: string | undefined): number {
    return calendarPart(part, time, timezone === undefined ? this.zone : resolveTimezone(timezone));
  }

  private bound(
    edge: 'open' | 'close',
    timeframe: string,
    session: string | undefined,
    timezone: string | undefined,
    barsBack: number,
    periodsBack: number,
  ): number {
    const t = this.chartBarTime(barsBack);
    if (Number.isNaN(t)) return Number.NaN;
    if (session) {
      const zone = timezone === undefined ? this.zone : resolveTimezone(timezone);
      if (!isInSession(parseSessionArg(session), zone, t)) return Number.NaN;
    }
    const chart = this.bars.timeframe;
    const tf = timeframe === '' ? chart : parseTimeframeArg(timeframe);
    // A timeframe no longer than the chart's gives the chart bar's own open time.
    const own = compareTimeframes(tf, chart) <= 0 && periodsBack === 0;
    if (own && edge === 'open') return t;
    const bounds = periodBounds(this.session, this.zone, own ? chart : tf, t, periodsBack);
    return bounds[edge];
  }

  /** Open time of the chart bar `back` bars ago; a negative `back` extrapolates by the timeframe. */
  private chartBarTime(back: number): number {
    if (Number.isNaN(back)) return Number.NaN;
    const index = this.bar.barIndex - Math.trunc(back);
    if (index < 0) return Number.NaN;
    if (index <= this.bar.barIndex) return this.bars.time[index] as number;
    return (
      this.bar.time + (index - this.bar.barIndex) * timeframeSeconds(this.bars.timeframe) * 1000
    );
  }
}

function parseSessionArg(text: string): Session {
  try {
    return parseSession(text);
  } catch (error) {
    throw new PineRuntimeError((error as Error).message);
  }
}

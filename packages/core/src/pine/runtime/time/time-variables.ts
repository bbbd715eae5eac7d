/**
 * Pine's time variables of the current bar: `time`, `time_close`, `time_tradingday`, `timenow`,
 * `last_bar_time`, `last_bar_index`, and the calendar parts `year` … `second` of the bar's open
 * time in the exchange time zone (`dayofweek`: Sunday = 1). A per-run object of getters keyed by
 * the Pine names (runtime convention, shape 2); functions of the same names live in TimeFunctions.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_time
 * @see https://www.tradingview.com/pine-script-docs/concepts/time/#time-variables
 */
import type { Bars } from '../../../market/bars.ts';
import { parseSession, type Session, tradingDay } from '../../../market/session.ts';
import type { BarState } from '../series/bar-state.ts';
import { type CalendarPart, calendarPart } from './calendar.ts';
import { periodBounds } from './period-bounds.ts';
import { resolveTimezone } from './timezone-arg.ts';

export class TimeVariables {
  private readonly session: Session;
  private readonly zone: string;

  /** `now` gives `timenow`; tests pass a fixed clock. */
  constructor(
    private readonly bar: BarState,
    private readonly bars: Bars,
    private readonly now: () => number = Date.now,
  ) {
    this.session = parseSession(bar.symbol.session);
    this.zone = resolveTimezone(bar.symbol.timezone);
  }

  get time(): number {
    return this.bar.time;
  }

  /** Close of the bar in its session: the last intraday bar of a range closes at the range end. */
  get time_close(): number {
    if (Number.isNaN(this.bar.time)) return Number.NaN;
    return periodBounds(this.session, this.zone, this.bars.timeframe, this.bar.time).close;
  }

  /** 00:00 UTC of the bar's trading day (an overnight session's day is the day it ends on). */
  get time_tradingday(): number {
    if (Number.isNaN(this.bar.time)) return Number.NaN;
    return tradingDay(this.session, this.zone, this.bar.time);
  }

  get timenow(): number {
    return this.now();
  }

  get last_bar_time(): number {
    return this.bars.length > 0 ? (this.bars.time[this.bars.length - 1] as number) : Number.NaN;
  }

  get last_bar_index(): number {
    return this.bars.length - 1;
  }

  get year(): number {
    return this.part('year');
  }
  get month(): number {
    return this.part('month');
  }
  get weekofyear(): number {
    return this.part('weekofyear');
  }
  get dayofmonth(): number {
    return this.part('dayofmonth');
  }
  get dayofweek(): number {
    return this.part('dayofweek');
  }
  get hour(): number {
    return this.part('hour');
  }
  get minute(): number {
    return this.part('minute');
  }
  get second(): number {
    return this.part('second');
  }

  private part(part: CalendarPart): number {
    return calendarPart(part, this.bar.time, this.zone);
  }
}

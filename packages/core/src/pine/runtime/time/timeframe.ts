/**
 * `timeframe.*`: the chart timeframe's variables (`period`, `multiplier`, `isintraday` …) and the
 * functions `in_seconds()` and `from_seconds()`, as a per-run object keyed by Pine names.
 * `period` is the v6 text, always with a multiplier ("1D", not "D"); hours are minutes ("60").
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_timeframe.period
 */
import {
  formatTimeframe,
  parseTimeframe,
  type Timeframe,
  timeframeSeconds,
} from '../../../market/timeframe.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';

export class PineTimeframe {
  constructor(private readonly tf: Timeframe) {}

  get period(): string {
    return formatTimeframe(this.tf);
  }
  /** The chart's timeframe even inside request.security (this object always describes the chart). */
  get main_period(): string {
    return formatTimeframe(this.tf);
  }
  get multiplier(): number {
    return this.tf.multiplier;
  }
  get isseconds(): boolean {
    return this.tf.unit === 'second';
  }
  get isminutes(): boolean {
    return this.tf.unit === 'minute';
  }
  get isintraday(): boolean {
    return this.tf.unit === 'second' || this.tf.unit === 'minute';
  }
  get isdaily(): boolean {
    return this.tf.unit === 'day';
  }
  get isweekly(): boolean {
    return this.tf.unit === 'week';
  }
  get ismonthly(): boolean {
    return this.tf.unit === 'month';
  }
  get isdwm(): boolean {
    return this.tf.unit === 'day' || this.tf.unit === 'week' || this.tf.unit === 'month';
  }
  /** Barwise has no tick charts. */
  get isticks(): boolean {
    return false;
  }

  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_timeframe.in_seconds */
  readonly in_seconds = (timeframe: string = this.period): number =>
    timeframeSeconds(timeframe === '' ? this.tf : parseTimeframeArg(timeframe));

  readonly from_seconds = fromSeconds;
}

const MINUTE = 60;
const DAY = 86_400;
const WEEK = 7 * DAY;
const MONTH = 2_628_003;

/**
 * The timeframe string for a number of seconds; "If no valid timeframe exists for the quantity of
 * seconds supplied, the next valid larger timeframe will be returned" (reference remarks).
 * Below a minute "nS", below a day minutes "n", below a week days "nD", below a month weeks "nW",
 * then months "nM" (at most 12), each rounded up.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_timeframe.from_seconds
 */
export function fromSeconds(seconds: number): string {
  if (Number.isNaN(seconds)) return '';
  const s = Math.max(1, Math.ceil(seconds));
  if (s < MINUTE) return `${s}S`;
  if (s < DAY) return `${Math.ceil(s / MINUTE)}`;
  if (s < WEEK) return `${Math.ceil(s / DAY)}D`;
  if (s < MONTH) return `${Math.ceil(s / WEEK)}W`;
  return `${Math.min(12, Math.ceil(s / MONTH))}M`;
}

export function parseTimeframeArg(text: string): Timeframe {
  try {
    return parseTimeframe(text);
  } catch (error) {
    throw new PineRuntimeError((error as Error).message);
  }
}

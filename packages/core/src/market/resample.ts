/**
 * Higher-timeframe bars from lower ones, built the way TradingView builds them: open = first open,
 * high = max, low = min, close = last close, volume = sum.
 *
 * Buckets, in the symbol's session and time zone (session.ts):
 * - intraday (seconds, minutes): a grid of the target's length anchored at the start of each
 *   session range, so NYSE 60-minute bars open at 09:30, 10:30 … 15:30 (the last one 15:30–16:00,
 *   cut at the close) and 24x7 bars at 00:00 local; a session with a break restarts the grid after
 *   it. Bars outside the session (extended hours in the data) are kept, on a grid anchored at the
 *   end of the preceding range.
 * - D: one bar per trading day; an overnight session belongs to the day it ends on, and a bar
 *   outside the session to the next trading day. nD: blocks of n trading weekdays from the epoch.
 * - W: weeks starting Monday (nW: blocks of n weeks from Monday 1970-01-05).
 * - M: calendar months; nM: groups of n months from January (3M = quarters).
 *
 * Bar time = the period's opening time, nominally, whatever bars are present:
 * - intraday: the grid slot's start (a partial first bucket still opens on the grid);
 * - D: the trading day's session open, as Pine's `time` on a daily bar (the reference manual's
 *   `time_tradingday` remarks: on an overnight session the Monday bar's `time` is Sunday 17:00,
 *   while `time_tradingday` is Monday 00:00 UTC); 00:00 local on 24x7;
 * - W, M: the session open of the period's first trading weekday (Monday 09:30 for NYSE, Sunday
 *   17:00 for a 1700-1700:23456 session). Holidays are not known here, so a week whose Monday is
 *   a holiday still opens on Monday; TradingView may stamp such a bar with its first real bar.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_time_tradingday
 * @see https://www.tradingview.com/pine-script-docs/concepts/timeframes/
 */
import { InputError } from '../input-error.ts';
import { allocateColumns, BAR_FIELDS, type BarColumns, type Bars, createBars } from './bars.ts';
import { parseSession, periodKey, periodOpen, type Session, sessionSegmentAt } from './session.ts';
import { formatTimeframe, isIntraday, type Timeframe, timeframeMs } from './timeframe.ts';

export class ResampleError extends InputError {
  override name = 'ResampleError';
}

/** One pass over the columns; the session segment is looked up only when a bar leaves it. */
export function resampleBars(bars: Bars, target: Timeframe): Bars {
  checkTarget(bars.timeframe, target);
  const session = parseSession(bars.symbol.session);
  const timezone = bars.symbol.timezone;
  const { length, time, open, high, low, close, volume } = bars;
  const intraday = isIntraday(target);
  const step = intraday ? timeframeMs(target) : 0;
  let out = allocateColumns(Math.min(length, capacityFor(bars, session, step)));
  let [oTime, oOpen, oHigh, oLow, oClose, oVolume] = columnsOf(out);
  let segStart = Number.POSITIVE_INFINITY;
  let segEnd = Number.NEGATIVE_INFINITY;
  let segKey = 0;
  let key = Number.NaN;
  let j = -1;
  for (let i = 0; i < length; i++) {
    const t = time[i]!;
    if (t < segStart || t >= segEnd) {
      const segment = sessionSegmentAt(session, timezone, t);
      segStart = segment.start;
      segEnd = segment.end;
      if (!intraday) segKey = periodKey(session, target, segment.tradingDay);
    }
    const k = intraday ? segStart + Math.floor((t - segStart) / step) * step : segKey;
    if (k !== key) {
      key = k;
      j++;
      if (j === oTime.length) {
        out = grow(out, j);
        [oTime, oOpen, oHigh, oLow, oClose, oVolume] = columnsOf(out);
      }
      oTime[j] = intraday ? k : periodOpen(session, timezone, target, k);
      oOpen[j] = open[i]!;
      oHigh[j] = high[i]!;
      oLow[j] = low[i]!;
      oClose[j] = close[i]!;
      oVolume[j] = volume[i]!;
    } else {
      const h = high[i]!;
      const l = low[i]!;
      if (h > oHigh[j]!) oHigh[j] = h;
      if (l < oLow[j]!) oLow[j] = l;
      oClose[j] = close[i]!;
      oVolume[j]! += volume[i]!;
    }
  }
  const n = j + 1;
  return createBars(bars.symbol, target, {
    time: oTime.slice(0, n),
    open: oOpen.slice(0, n),
    high: oHigh.slice(0, n),
    low: oLow.slice(0, n),
    close: oClose.slice(0, n),
    volume: oVolume.slice(0, n),
  });
}

const DAY = 86_400_000;

/**
 * An upper bound on the number of target bars, so that 1M source bars do not allocate 1M rows:
 * one per grid slot spanned, plus one cut slot per segment (at most 2 per range and day), or
 * one per day spanned for D, W, M. resampleBars grows the columns if the bound is ever short.
 */
function capacityFor(bars: Bars, session: Session, step: number): number {
  if (bars.length === 0) return 0;
  const span = bars.time[bars.length - 1]! - bars.time[0]!;
  const days = Math.ceil(span / DAY) + 2;
  if (step === 0) return days;
  const ranges = Math.max(...session.days.map((d) => d.length));
  return Math.ceil(span / step) + 1 + days * (2 * ranges + 2);
}

type Columns = [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];

function columnsOf(c: BarColumns): Columns {
  return [c.time, c.open, c.high, c.low, c.close, c.volume];
}

function grow(c: BarColumns, used: number): BarColumns {
  const bigger = allocateColumns(Math.max(16, used * 2));
  for (const field of BAR_FIELDS) bigger[field].set(c[field].subarray(0, used));
  return bigger;
}

/**
 * Throws unless every source bar fits in one target bar: intraday targets a multiple of an
 * intraday source; D, W, M from intraday or 1D; nD from a divisor of n days; nW from a divisor
 * of n weeks; nM from a divisor of n months.
 */
export function checkTarget(source: Timeframe, target: Timeframe): void {
  const from = formatTimeframe(source);
  const to = formatTimeframe(target);
  const fail = (reason: string) =>
    new ResampleError(`cannot resample ${from} bars to ${to}: ${reason}`);
  if (isIntraday(source)) {
    if (!isIntraday(target)) return;
    const s = timeframeMs(source);
    const t = timeframeMs(target);
    if (t <= s) throw fail(`${to} is not higher than ${from}`);
    if (t % s !== 0) throw fail(`${to} is not a multiple of ${from}`);
    return;
  }
  if (isIntraday(target)) throw fail(`${to} is not higher than ${from}`);
  const rank = { day: 0, week: 1, month: 2 } as const;
  const sourceRank = rank[source.unit as keyof typeof rank];
  const targetRank = rank[target.unit as keyof typeof rank];
  if (targetRank < sourceRank) throw fail(`${to} is not higher than ${from}`);
  if (source.unit === target.unit) {
    if (target.multiplier <= source.multiplier) throw fail(`${to} is not higher than ${from}`);
    if (target.multiplier % source.multiplier !== 0) {
      throw fail(`${to} is not a multiple of ${from}`);
    }
    return;
  }
  if (source.unit === 'week') throw fail('weeks do not divide months');
  if (source.multiplier !== 1) throw fail(`${from} blocks do not divide ${to}`);
}

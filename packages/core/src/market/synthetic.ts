/**
 * Synthetic OHLCV bars for tests, demos and benchmarks: a geometric random walk whose volatility
 * switches between a calm and a volatile regime (a two-state Markov chain, as in Hamilton's
 * regime-switching models), with occasional opening gaps, on the symbol's session grid.
 * Deterministic for a seed (random.ts). Prices are rounded to `symbol.mintick`.
 */
import { InputError } from '../input-error.ts';
import { allocateColumns, type Bars, createBars } from './bars.ts';
import { createRandom } from './random.ts';
import {
  parseSession,
  periodKey,
  periodOpen,
  type Session,
  type SessionSegment,
  sessionSegmentAt,
  tradingDayNumber,
} from './session.ts';
import type { SymbolInfo } from './symbol-info.ts';
import {
  isIntraday,
  parseTimeframe,
  type Timeframe,
  timeframeMs,
  timeframeSeconds,
} from './timeframe.ts';

export interface SyntheticOptions {
  readonly symbol: SymbolInfo;
  readonly timeframe: Timeframe | string;
  /** Number of bars to generate. */
  readonly bars: number;
  readonly seed: number;
  /** The first bar opens on the first grid slot at or after this instant (ms UTC; default 2020-01-01). */
  readonly start?: number;
  /** Default 100. */
  readonly startPrice?: number;
  /** Annualised volatility of the calm regime (default 0.2, i.e. 20 % a year). */
  readonly volatility?: number;
  /** Volatility of the volatile regime as a multiple of the calm one (default 3). */
  readonly volatileFactor?: number;
  /** Per-bar probability of switching from calm to volatile (default 0.01). */
  readonly toVolatile?: number;
  /** Per-bar probability of switching from volatile back to calm (default 0.05). */
  readonly toCalm?: number;
  /** Annualised drift of the log price (default 0). */
  readonly drift?: number;
  /** Per-bar probability that the open jumps away from the previous close (default 0.02). */
  readonly gapProbability?: number;
  /** Size of such a jump in bar standard deviations (default 3). */
  readonly gapSize?: number;
  /** Mean volume of a calm bar (default 1000; volatile bars trade twice as much). */
  readonly volume?: number;
}

export interface SyntheticSeries {
  readonly bars: Bars;
  /** Regime of each bar: 0 = calm, 1 = volatile. */
  readonly regime: Uint8Array;
}

const YEAR_SECONDS = 365.25 * 86_400;

export function syntheticBars(options: SyntheticOptions): Bars {
  return syntheticSeries(options).bars;
}

/** The bars and the hidden regime that generated each one. */
export function syntheticSeries(options: SyntheticOptions): SyntheticSeries {
  const { symbol, bars: length, seed } = options;
  const tf =
    typeof options.timeframe === 'string' ? parseTimeframe(options.timeframe) : options.timeframe;
  const startPrice = options.startPrice ?? 100;
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new InputError(`synthetic bars: count ${length} is not a non-negative integer`);
  }
  if (!(startPrice > 0) || !(symbol.mintick > 0)) {
    throw new InputError('synthetic bars: start price and mintick must be positive');
  }
  const random = createRandom(seed);
  const scale = Math.sqrt(timeframeSeconds(tf) / YEAR_SECONDS);
  const calm = (options.volatility ?? 0.2) * scale;
  const volatile = calm * (options.volatileFactor ?? 3);
  const drift = (options.drift ?? 0) * scale * scale;
  const toVolatile = options.toVolatile ?? 0.01;
  const toCalm = options.toCalm ?? 0.05;
  const gapProbability = options.gapProbability ?? 0.02;
  const gapSize = options.gapSize ?? 3;
  const meanVolume = options.volume ?? 1000;
  const round = tickRounder(symbol.mintick);
  const minPrice = round(symbol.mintick);

  const c = allocateColumns(length);
  const regime = new Uint8Array(length);
  fillTimes(c.time, parseSession(symbol.session), symbol.timezone, tf, options.start ?? START);
  let level = startPrice;
  let state = 0;
  for (let i = 0; i < length; i++) {
    if (random.next() < (state === 0 ? toVolatile : toCalm)) state ^= 1;
    const sigma = state === 0 ? calm : volatile;
    const o =
      random.next() < gapProbability ? level * Math.exp(gapSize * sigma * random.normal()) : level;
    const cl = o * Math.exp(drift - 0.5 * sigma * sigma + sigma * random.normal());
    // Intrabar excursions beyond the body, half a bar's standard deviation on average.
    const up = Math.max(o, cl) * Math.exp(0.5 * sigma * Math.abs(random.normal()));
    const down = Math.min(o, cl) * Math.exp(-0.5 * sigma * Math.abs(random.normal()));
    const open = Math.max(minPrice, round(o));
    const close = Math.max(minPrice, round(cl));
    c.open[i] = open;
    c.close[i] = close;
    c.high[i] = Math.max(round(up), open, close);
    c.low[i] = Math.max(minPrice, Math.min(round(down), open, close));
    const lognormal = Math.exp(0.5 * random.normal() - 0.125); // mean 1
    c.volume[i] = Math.max(1, Math.round(meanVolume * (state + 1) * lognormal));
    regime[i] = state;
    level = cl;
  }
  return { bars: createBars(symbol, tf, c), regime };
}

const START = Date.UTC(2020, 0, 1);

/** Rounds to the tick grid; ticks like 0.01 divide exactly by their inverse (no 0.1 + 0.2 dust). */
function tickRounder(mintick: number): (price: number) => number {
  const inverse = Math.round(1 / mintick);
  if (inverse >= 1 && Math.abs(inverse * mintick - 1) < 1e-12) {
    return (price) => Math.round(price * inverse) / inverse;
  }
  return (price) => Math.round(price / mintick) * mintick;
}

/** Consecutive bar times on the session's grid (resample.ts): no bar outside the session. */
function fillTimes(
  time: Float64Array,
  session: Session,
  timezone: string,
  tf: Timeframe,
  start: number,
): void {
  if (time.length === 0) return;
  if (!isIntraday(tf)) {
    let key = periodKey(session, tf, tradingDayNumber(session, timezone, start));
    if (periodOpen(session, timezone, tf, key) < start) key++;
    for (let i = 0; i < time.length; i++) time[i] = periodOpen(session, timezone, tf, key++);
    return;
  }
  const step = timeframeMs(tf);
  const nextOpen = (s: SessionSegment) => {
    let segment = sessionSegmentAt(session, timezone, s.end);
    while (!segment.inSession) segment = sessionSegmentAt(session, timezone, segment.end);
    return segment;
  };
  let segment = sessionSegmentAt(session, timezone, start);
  let t = segment.start + Math.ceil((start - segment.start) / step) * step;
  if (!segment.inSession || t >= segment.end) {
    segment = nextOpen(segment);
    t = segment.start;
  }
  for (let i = 0; i < time.length; i++) {
    time[i] = t;
    t += step;
    if (t >= segment.end) {
      segment = nextOpen(segment);
      t = segment.start;
    }
  }
}

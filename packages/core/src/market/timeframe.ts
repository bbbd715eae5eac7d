/**
 * Timeframes in TradingView notation: `1S` … seconds, `1` … `1440` minutes, `1D`, `1W`, `1M`, `3M` …
 * Canonical text follows Pine v6's `timeframe.period` (always with a multiplier, hours as minutes).
 * @see https://www.tradingview.com/pine-script-docs/concepts/timeframes/
 */

import { InputError } from '../input-error.ts';

export type TimeframeUnit = 'second' | 'minute' | 'day' | 'week' | 'month';

export interface Timeframe {
  readonly unit: TimeframeUnit;
  readonly multiplier: number;
}

export class TimeframeError extends InputError {
  override name = 'TimeframeError';
}

const UNIT_SECONDS: Record<TimeframeUnit, number> = {
  second: 1,
  minute: 60,
  day: 86_400,
  week: 604_800,
  // TradingView's timeframe.in_seconds("1M") is 2628003 (about 30.42 days).
  month: 2_628_003,
};

const SUFFIX_UNIT: Record<string, TimeframeUnit> = {
  S: 'second',
  s: 'second',
  m: 'minute',
  D: 'day',
  d: 'day',
  W: 'week',
  w: 'week',
  M: 'month',
};

const PATTERN = /^(\d*)([SsmHhDdWwM]?)$/;

/**
 * Parses `D`, `1D`, `240`, `15S`, `3M`; also the exchange spellings `1h`, `4H`, `15m`, `1d`, `1w`
 * (lower-case `m` is minutes, upper-case `M` is months, as in TradingView and ccxt).
 */
export function parseTimeframe(text: string): Timeframe {
  const match = PATTERN.exec(text.trim());
  const digits = match?.[1] ?? '';
  const suffix = match?.[2] ?? '';
  if (!match || (digits === '' && suffix === '')) throw invalid(text);
  const multiplier = digits === '' ? 1 : Number(digits);
  if (!Number.isSafeInteger(multiplier) || multiplier <= 0) throw invalid(text);
  if (suffix === 'H' || suffix === 'h')
    return checked({ unit: 'minute', multiplier: multiplier * 60 }, text);
  if (suffix === '') return checked({ unit: 'minute', multiplier }, text);
  return checked({ unit: SUFFIX_UNIT[suffix] ?? 'minute', multiplier }, text);
}

function checked(tf: Timeframe, text: string): Timeframe {
  const limits: Record<TimeframeUnit, number> = {
    second: 59,
    minute: 1440,
    day: 365,
    week: 52,
    month: 12,
  };
  if (tf.multiplier > limits[tf.unit]) {
    throw new TimeframeError(`timeframe "${text}": at most ${limits[tf.unit]} ${tf.unit}s`);
  }
  return tf;
}

function invalid(text: string): TimeframeError {
  return new TimeframeError(
    `invalid timeframe "${text}": use TradingView notation such as 1S, 1, 15, 60, 240, 1D, 1W, 1M, 3M`,
  );
}

/** Canonical TradingView text: `15S`, `60`, `1D`, `1W`, `3M`. */
export function formatTimeframe(tf: Timeframe): string {
  switch (tf.unit) {
    case 'second':
      return `${tf.multiplier}S`;
    case 'minute':
      return `${tf.multiplier}`;
    case 'day':
      return `${tf.multiplier}D`;
    case 'week':
      return `${tf.multiplier}W`;
    case 'month':
      return `${tf.multiplier}M`;
  }
}

/** Length in seconds, as Pine's `timeframe.in_seconds` (months are nominal). */
export function timeframeSeconds(tf: Timeframe): number {
  return tf.multiplier * UNIT_SECONDS[tf.unit];
}

/** Fixed length in ms; months have none (calendar months differ), so this throws for them. */
export function timeframeMs(tf: Timeframe): number {
  if (tf.unit === 'month') throw new TimeframeError('monthly timeframes have no fixed length');
  return timeframeSeconds(tf) * 1000;
}

export function compareTimeframes(a: Timeframe, b: Timeframe): number {
  return timeframeSeconds(a) - timeframeSeconds(b);
}

export function isIntraday(tf: Timeframe): boolean {
  return tf.unit === 'second' || tf.unit === 'minute';
}

export function sameTimeframe(a: Timeframe, b: Timeframe): boolean {
  return a.unit === b.unit && a.multiplier === b.multiplier;
}

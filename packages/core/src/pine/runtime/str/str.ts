/**
 * The `str.*` namespace. Every function is a property keyed by its Pine name taking the Pine
 * parameters in the signature table's order (builtins/str.ts).
 *
 * Two functions depend on the chart symbol — `str.tostring(x, format.mintick)` rounds to
 * `syminfo.mintick`, and `str.format_time` defaults to `syminfo.timezone` — so the namespace is a
 * per-run object: `new Str(symbol)`, created once per script run. The functions are arrow-function
 * fields, so `const f = str.tostring` keeps working. The stateless ones are also exported alone.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.tostring
 */
import type { SymbolInfo } from '../../../market/symbol-info.ts';
import { PineArray } from '../array/pine-array.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { resolveTimezone } from '../time/timezone-arg.ts';
import { formatDatePattern } from './date-pattern.ts';
import { formatMessage } from './format-message.ts';
import { javaRegex } from './java-regex.ts';
import { DEFAULT_NUMBER_FORMAT, valueToString } from './to-string.ts';

type PineString = string | null;

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.format_time */
export const DEFAULT_TIME_FORMAT = "yyyy-MM-dd'T'HH:mm:ssZ";

export class Str {
  constructor(private readonly symbol: Pick<SymbolInfo, 'mintick' | 'timezone'>) {}

  readonly contains = contains;
  readonly endswith = endswith;
  readonly format = format;
  readonly length = length;
  readonly lower = lower;
  readonly match = match;
  readonly pos = pos;
  readonly repeat = repeat;
  readonly replace = replace;
  readonly replace_all = replace_all;
  readonly split = split;
  readonly startswith = startswith;
  readonly substring = substring;
  readonly tonumber = tonumber;
  readonly trim = trim;
  readonly upper = upper;

  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.tostring */
  readonly tostring = (value: unknown, format: string = DEFAULT_NUMBER_FORMAT): string =>
    valueToString(value, format, this.symbol.mintick);

  /**
   * An na time formats as the epoch (user manual, "`time_close`": str.format_time "replaces na
   * values with 0 in its calculations").
   * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.format_time
   */
  readonly format_time = (
    time: number,
    format: string = DEFAULT_TIME_FORMAT,
    timezone: string = this.symbol.timezone,
  ): string => formatDatePattern(Number.isNaN(time) ? 0 : time, format, resolveTimezone(timezone));
}

/** Empty or na `str` matches everywhere (user manual, "Checking for substrings"). */
export function contains(source: PineString, str: PineString): boolean {
  if (source === null) return false;
  return source.includes(str ?? '');
}

export function startswith(source: PineString, str: PineString): boolean {
  if (source === null) return false;
  return source.startsWith(str ?? '');
}

export function endswith(source: PineString, str: PineString): boolean {
  if (source === null) return false;
  return source.endsWith(str ?? '');
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.format */
export function format(formatString: PineString, ...args: unknown[]): PineString {
  return formatString === null ? null : formatMessage(formatString, args);
}

/** UTF-16 code units, like Java's String.length(). */
export function length(string: PineString): number {
  return string === null ? Number.NaN : string.length;
}

/** ASCII letters only (user manual, "Changing case"). */
export function lower(source: PineString): PineString {
  return source === null ? null : source.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

export function upper(source: PineString): PineString {
  return source === null ? null : source.replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/** The first match anywhere in `source` (reference: "returns first occurrence"), or "". */
export function match(source: PineString, regex: PineString): string {
  if (source === null || regex === null) return '';
  return javaRegex(regex).exec(source)?.[0] ?? '';
}

/** Index of the first occurrence; 0 for an empty or na `str` (user manual), na when absent. */
export function pos(source: PineString, str: PineString): number {
  if (source === null) return Number.NaN;
  const at = source.indexOf(str ?? '');
  return at < 0 ? Number.NaN : at;
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.repeat */
export function repeat(source: PineString, repeat: number, separator: PineString = ''): PineString {
  if (source === null || Number.isNaN(repeat)) return null;
  if (repeat < 0) {
    throw new PineRuntimeError(`str.repeat: the repeat count must be >= 0, got ${repeat}`);
  }
  return new Array<string>(Math.trunc(repeat)).fill(source).join(separator ?? '');
}

/**
 * The `occurrence`-th non-overlapping `target` (from 0) replaced; unchanged when there is none.
 * An empty target is the boundary before character `occurrence` (user manual, "Replacing
 * substrings": empty targets replace zero-width boundaries).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.replace
 */
export function replace(
  source: PineString,
  target: PineString,
  replacement: PineString,
  occurrence = 0,
): PineString {
  if (source === null || target === null) return source;
  const n = Number.isNaN(occurrence) ? 0 : Math.trunc(occurrence);
  let at: number;
  if (target === '') {
    if (n > source.length) return source;
    at = n;
  } else {
    at = -target.length;
    for (let k = 0; k <= n; k++) {
      at = source.indexOf(target, at + target.length);
      if (at < 0) return source;
    }
  }
  return source.slice(0, at) + (replacement ?? '') + source.slice(at + target.length);
}

/** Every occurrence; an empty target inserts at every boundary, both ends included. */
export function replace_all(
  source: PineString,
  target: PineString,
  replacement: PineString,
): PineString {
  if (source === null || target === null) return source;
  const insert = replacement ?? '';
  if (target === '') return insert + [...source].join(insert) + insert;
  return source.split(target).join(insert);
}

/**
 * A new `array<string>`. An empty separator splits into single characters (user manual,
 * "Splitting strings"); an empty string gives one empty element.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.split
 */
export function split(string: PineString, separator: PineString): PineArray<string> {
  if (string === null) return PineArray.of([]);
  if (string === '') return PineArray.of(['']);
  return PineArray.of(string.split(separator ?? ''));
}

/**
 * Characters `begin_pos` … `end_pos - 1`. An na begin is 0; an omitted, na or too large end is
 * the length; a begin outside the string or an end before the begin is a runtime error
 * (user manual, "Locating and retrieving substrings").
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.substring
 */
export function substring(source: PineString, begin_pos: number, end_pos?: number): PineString {
  if (source === null) return null;
  const begin = Number.isNaN(begin_pos) ? 0 : Math.trunc(begin_pos);
  const end =
    end_pos === undefined || Number.isNaN(end_pos)
      ? source.length
      : Math.min(Math.trunc(end_pos), source.length);
  if (begin < 0 || begin > source.length) {
    throw new PineRuntimeError(`str.substring: begin_pos ${begin} is outside the string`);
  }
  if (end < begin) {
    throw new PineRuntimeError(`str.substring: end_pos ${end} is before begin_pos ${begin}`);
  }
  return source.slice(begin, end);
}

/** ASCII digits, an optional leading sign and one period; anything else is na (user manual). */
export function tonumber(string: PineString): number {
  if (string === null || !/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(string)) return Number.NaN;
  return Number(string);
}

/** Strips characters up to U+0020 (spaces and control characters) from both ends; na gives "". */
export function trim(source: PineString): string {
  if (source === null) return '';
  let start = 0;
  let end = source.length;
  while (start < end && source.charCodeAt(start) <= 32) start++;
  while (end > start && source.charCodeAt(end - 1) <= 32) end--;
  return source.slice(start, end);
}

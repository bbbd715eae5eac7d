/**
 * `str.format(formatString, arg0, arg1, …)`: Java MessageFormat-style placeholders `{0}`,
 * `{0,number,#.##}`, `{0,number,integer|currency|percent}`, `{0,date,yyyy-MM-dd}`, `{0,time,HH:mm}`.
 * Apostrophes quote literal text (`'{'` is a brace, `''` one apostrophe); a placeholder whose
 * index has no argument stays literal; an unclosed `{` is a runtime error. Dates and times are
 * always UTC. Numbers without a style use "#,###.###".
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.format
 * @see https://www.tradingview.com/pine-script-docs/concepts/strings/#formatting-strings
 */
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { formatDatePattern } from './date-pattern.ts';
import { formatNumberPattern } from './number-pattern.ts';
import { elementsOf } from './to-string.ts';

/** The user manual's "default numeric format (`#,###.###`)" of str.format. */
const DEFAULT_PATTERN = '#,###.###';
/** Presets named in the user manual: integer `#,###`, currency `'$'#,###.00`, percent `#,###%`. */
const NUMBER_STYLES: Record<string, string> = {
  integer: '#,##0',
  currency: "'$'#,##0.00;'-$'#,##0.00",
  percent: '#,##0%',
};
/** java.text.DateFormat's US patterns for the `short` … `full` styles. */
const DATE_STYLES: Record<string, string> = {
  '': 'MMM d, yyyy',
  short: 'M/d/yy',
  medium: 'MMM d, yyyy',
  long: 'MMMM d, yyyy',
  full: 'EEEE, MMMM d, yyyy',
};
const TIME_STYLES: Record<string, string> = {
  '': 'h:mm:ss a',
  short: 'h:mm a',
  medium: 'h:mm:ss a',
  long: 'h:mm:ss a z',
  full: 'h:mm:ss a zzzz',
};

interface Placeholder {
  index: string;
  type: string;
  style: string;
}

type Piece = string | Placeholder;

const cache = new Map<string, Piece[]>();

export function formatMessage(formatString: string, args: readonly unknown[]): string {
  let out = '';
  for (const piece of parse(formatString)) {
    if (typeof piece === 'string') out += piece;
    else out += formatArgument(piece, args);
  }
  return out;
}

function formatArgument(p: Placeholder, args: readonly unknown[]): string {
  if (!/^\d+$/.test(p.index)) {
    throw new PineRuntimeError(`Invalid argument index "${p.index}" in the str.format pattern`);
  }
  const index = Number(p.index);
  if (index >= args.length) return `{${p.index}}`;
  const value = args[index];
  const type = p.type.trim().toLowerCase();
  if (type === 'date' || type === 'time') {
    if (typeof value !== 'number' || Number.isNaN(value)) return 'NaN';
    const styles = type === 'date' ? DATE_STYLES : TIME_STYLES;
    const pattern = styles[p.style.trim().toLowerCase()] ?? p.style;
    return formatDatePattern(value, pattern, 'UTC');
  }
  const keyword = p.style.trim().toLowerCase();
  const pattern =
    type === 'number' && p.style !== '' ? (NUMBER_STYLES[keyword] ?? p.style) : DEFAULT_PATTERN;
  return argumentText(value, pattern);
}

function argumentText(value: unknown, pattern: string): string {
  if (value === null || value === undefined) return 'NaN';
  if (typeof value === 'number') return formatNumberPattern(value, pattern, 'exact');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  const items = elementsOf(value);
  if (items) return `[${items.map((item) => argumentText(item, pattern)).join(', ')}]`;
  return String(value);
}

/** Splits the pattern into literal text and placeholders (MessageFormat.applyPattern's scan). */
function parse(pattern: string): Piece[] {
  let pieces = cache.get(pattern);
  if (pieces) return pieces;
  pieces = [];
  let text = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        text += "'";
        i++;
      } else quoted = !quoted;
    } else if (c === '{' && !quoted) {
      const [placeholder, end] = readPlaceholder(pattern, i + 1);
      if (text) pieces.push(text);
      text = '';
      pieces.push(placeholder);
      i = end;
    } else text += c;
  }
  if (text) pieces.push(text);
  if (cache.size >= 256) cache.clear();
  cache.set(pattern, pieces);
  return pieces;
}

/** Reads `index[,type[,style]]}` from `start`; returns the placeholder and the index of its `}`. */
function readPlaceholder(pattern: string, start: number): [Placeholder, number] {
  const parts = ['', '', ''];
  let part = 0;
  let depth = 0;
  let quoted = false;
  for (let i = start; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (quoted) {
      parts[part] += c;
      if (c === "'") quoted = false;
    } else if (c === "'") {
      quoted = true;
      parts[part] += c;
    } else if (c === ',' && part < 2) part++;
    else if (c === '{') {
      depth++;
      parts[part] += c;
    } else if (c === '}' && depth > 0) {
      depth--;
      parts[part] += c;
    } else if (c === '}') {
      return [{ index: parts[0]!.trim(), type: parts[1]!, style: trimStart(parts[2]!) }, i];
    } else parts[part] += c;
  }
  throw new PineRuntimeError('Unmatched braces in the str.format pattern');
}

/** Spaces after the comma are not part of the style (`{0, number, #.#}` is the pattern `#.#`). */
function trimStart(style: string): string {
  return style.replace(/^\s+/, '');
}

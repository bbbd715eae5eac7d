/**
 * Numeric patterns in the style of Java's DecimalFormat, as `str.tostring(x, "#.##")` and
 * `str.format("{0,number,#,###.00}")` use them: `#` optional digit, `0` required digit, `.` decimal
 * point, `,` grouping, `%` at an end multiplies by 100, `'…'` quotes literal text, and an optional
 * negative subpattern after `;`.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strings/#converting-values-to-strings
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.tostring
 */

/**
 * How a number is rounded to the pattern's last decimal:
 * - `shortest`: the shortest decimal that reads back as the same double (what `String(x)` prints),
 *   rounded half-up; so `str.tostring(2.675, "#.##")` is "2.68" although the double is 2.67499….
 * - `exact`: the double's exact binary value, ties to even (Java DecimalFormat's HALF_EVEN), used
 *   by `str.format`, so 2.675 gives "2.67" and 0.125 with "#.##" gives "0.12".
 */
export type Rounding = 'shortest' | 'exact';

interface SubPattern {
  prefix: string;
  suffix: string;
  minInt: number;
  minFrac: number;
  maxFrac: number;
  /** Digits per group, 0 = no grouping. */
  grouping: number;
  multiplier: number;
}

interface NumberPattern {
  positive: SubPattern;
  negative: SubPattern | undefined;
}

const cache = new Map<string, NumberPattern>();

export function parseNumberPattern(pattern: string): NumberPattern {
  let parsed = cache.get(pattern);
  if (!parsed) {
    const [pos, neg] = splitUnquoted(pattern, ';');
    parsed = { positive: parseSub(pos), negative: neg === undefined ? undefined : parseSub(neg) };
    if (cache.size >= 256) cache.clear();
    cache.set(pattern, parsed);
  }
  return parsed;
}

/** Formats `value` with a DecimalFormat-style pattern; NaN prints "NaN", infinities "∞". */
export function formatNumberPattern(value: number, pattern: string, rounding: Rounding): string {
  if (Number.isNaN(value)) return 'NaN';
  const { positive, negative } = parseNumberPattern(pattern);
  const isNegative = value < 0 || Object.is(value, -0);
  const sub = isNegative && negative ? negative : positive;
  const sign = isNegative && !negative && value !== 0 ? '-' : '';
  const magnitude = Math.abs(value) * sub.multiplier;
  const body = Number.isFinite(magnitude) ? digitsOf(magnitude, sub, rounding) : '∞';
  return sign + sub.prefix + body + sub.suffix;
}

function digitsOf(magnitude: number, sub: SubPattern, rounding: Rounding): string {
  const [intDigits, fracDigits] = roundDecimal(magnitude, sub.maxFrac, rounding);
  let frac = fracDigits;
  while (frac.length > sub.minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  let int = intDigits.replace(/^0+/, '');
  // An all-`#` pattern still shows "0" before the point ("#.#" gives "0.5"); a pattern with
  // required decimals and no required integer digit drops it ("#.0" gives ".5"), as Java does.
  if (int === '' && (sub.minInt > 0 || frac === '' || sub.minFrac === 0)) int = '0';
  int = int.padStart(sub.minInt, '0');
  if (sub.grouping > 0) int = group(int, sub.grouping);
  return frac === '' ? int : `${int}.${frac}`;
}

function group(int: string, size: number): string {
  const parts: string[] = [];
  for (let end = int.length; end > 0; end -= size)
    parts.unshift(int.slice(Math.max(0, end - size), end));
  return parts.join(',');
}

/** Integer digits and exactly `decimals` fraction digits of a non-negative finite number. */
export function roundDecimal(x: number, decimals: number, rounding: Rounding): [string, string] {
  const { digits, point } = rounding === 'shortest' ? shortestDigits(x) : exactDigits(x);
  // Pad so that the digit string covers the integer part and decimals + 1 fraction digits.
  const lead = Math.max(0, -point);
  const padded = '0'.repeat(lead) + digits;
  const at = point + lead;
  const cut = at + decimals;
  const kept = padded.padEnd(cut, '0').slice(0, cut);
  const rest = padded.slice(cut);
  let roundUp = false;
  if (rest !== '' && rest[0]! >= '5') {
    const exactTie = rest[0] === '5' && /^0*$/.test(rest.slice(1));
    const lastKept = kept.length > 0 ? Number(kept[kept.length - 1]) : 0;
    roundUp = rounding === 'shortest' || !exactTie || lastKept % 2 === 1;
  }
  const all = roundUp ? increment(kept === '' ? '0' : kept) : kept === '' ? '0' : kept;
  const intLen = all.length - decimals;
  return [all.slice(0, Math.max(0, intLen)) || '0', all.slice(Math.max(0, intLen))];
}

function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/** Shortest round-trip digits (`digits` with the decimal point after `point` of them). */
function shortestDigits(x: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = x.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return { digits, point: Number(exponent) + 1 };
}

/** The double's exact decimal expansion (to 100 fraction digits, enough for any tie decision). */
function exactDigits(x: number): { digits: string; point: number } {
  if (x >= 1e21) {
    const digits = BigInt(x).toString();
    return { digits, point: digits.length };
  }
  const [int = '0', frac = ''] = x.toFixed(100).split('.');
  return { digits: int + frac, point: int.length };
}

function parseSub(text: string): SubPattern {
  const chars: { c: string; quoted: boolean }[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      if (text[i + 1] === "'") {
        chars.push({ c, quoted: true });
        i++;
      } else quoted = !quoted;
    } else chars.push({ c, quoted });
  }
  const isDigitChar = (k: { c: string; quoted: boolean }) => !k.quoted && '#0,.'.includes(k.c);
  const first = chars.findIndex(isDigitChar);
  const last = chars.length - 1 - [...chars].reverse().findIndex(isDigitChar);
  if (first < 0) {
    const literal = chars.map((k) => k.c).join('');
    return {
      prefix: literal,
      suffix: '',
      minInt: 1,
      minFrac: 0,
      maxFrac: 0,
      grouping: 0,
      multiplier: 1,
    };
  }
  const affix = (part: typeof chars) => part.map((k) => k.c).join('');
  const prefix = affix(chars.slice(0, first));
  const suffix = affix(chars.slice(last + 1));
  const core = affix(chars.slice(first, last + 1));
  const [intPart = '', fracPart = ''] = core.split('.');
  const lastComma = intPart.lastIndexOf(',');
  const percent = [...chars.slice(0, first), ...chars.slice(last + 1)].some(
    (k) => !k.quoted && k.c === '%',
  );
  return {
    prefix,
    suffix,
    minInt: [...intPart].filter((c) => c === '0').length,
    minFrac: [...fracPart].filter((c) => c === '0').length,
    maxFrac: fracPart.replace(/,/g, '').length,
    grouping: lastComma < 0 ? 0 : intPart.length - lastComma - 1,
    multiplier: percent ? 100 : 1,
  };
}

/** Splits at the first unquoted `sep`. */
function splitUnquoted(text: string, sep: string): [string, string | undefined] {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === sep && !quoted) return [text.slice(0, i), text.slice(i + 1)];
  }
  return [text, undefined];
}

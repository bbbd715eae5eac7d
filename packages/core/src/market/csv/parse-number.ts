/**
 * Decimal text → number without allocating a substring, bit-identical to `Number(text)`.
 * Fast path (Clinger 1990, "How to read floating point numbers accurately"): with at most 15
 * digits the mantissa m and 10^k (k ≤ 22) are exact doubles, so the one IEEE
 * division m / 10^k is correctly rounded — the same double `Number()` returns. Anything else
 * (exponents, long mantissas) goes through `Number()` on a validated slice.
 */

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
];
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;
const PLUS = 43;
const MINUS = 45;
const SPACE = 32;
const TAB = 9;

/**
 * Reads `text[start, end)` as a decimal number; surrounding spaces are allowed, an empty or
 * malformed cell gives NaN. With `decimalComma`, `1,5` reads as 1.5 (semicolon-separated files).
 */
export function parseDecimal(
  text: string,
  start: number,
  end: number,
  decimalComma = false,
): number {
  let p = start;
  let c = p < end ? text.charCodeAt(p) : -1;
  let negative = false;
  if (c === MINUS || c === PLUS) {
    negative = c === MINUS;
    c = ++p < end ? text.charCodeAt(p) : -1;
  }
  let mantissa = 0;
  const intStart = p;
  while (c >= ZERO && c <= NINE) {
    mantissa = mantissa * 10 + (c - ZERO);
    c = ++p < end ? text.charCodeAt(p) : -1;
  }
  let digits = p - intStart;
  let fraction = 0;
  if (c === DOT || (decimalComma && c === COMMA)) {
    const fracStart = ++p;
    c = p < end ? text.charCodeAt(p) : -1;
    while (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      c = ++p < end ? text.charCodeAt(p) : -1;
    }
    fraction = p - fracStart;
    digits += fraction;
  }
  // Anything else (spaces, exponent, over 15 digits, a lone sign or point) takes the slow path.
  if (p !== end || digits === 0 || digits > 15) return general(text, start, end, decimalComma);
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  return negative ? -value : value;
}

/** Trims spaces and tabs, then reads any decimal `Number()` accepts (no hex, no Infinity). */
function general(text: string, start: number, end: number, decimalComma: boolean): number {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (s === e) return Number.NaN;
  if (s !== start || e !== end) return parseDecimal(text, s, e, decimalComma);
  return slow(text, s, e, decimalComma);
}

function slow(text: string, start: number, end: number, decimalComma: boolean): number {
  let cell = text.slice(start, end);
  if (decimalComma) cell = cell.replace(',', '.');
  return DECIMAL.test(cell) ? Number(cell) : Number.NaN;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

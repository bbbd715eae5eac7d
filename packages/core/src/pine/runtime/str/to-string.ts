/**
 * `str.tostring`: the text of a number, bool, string, array or matrix. Numbers use the `format`
 * argument: a `format.*` constant (arriving as "mintick", "percent", "volume") or a pattern.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_str.tostring
 * @see https://www.tradingview.com/pine-script-docs/concepts/strings/#converting-values-to-strings
 */
import { roundToMintick } from '../math/math.ts';
import { formatNumberPattern } from './number-pattern.ts';

/**
 * The reference manual gives '#.##########' (ten optional decimals) as the default `format`; the
 * user manual's Strings page says "#.########" (eight). We follow the reference manual.
 * Either way `str.tostring(0.1 + 0.2)` is "0.3" and `str.tostring(1.0)` is "1".
 */
export const DEFAULT_NUMBER_FORMAT = '#.##########';

const VOLUME_UNITS: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/**
 * A number as `str.tostring` prints it; `mintick` is the symbol's tick size for format.mintick.
 * - format.mintick: rounded to the tick grid, printed with the tick's decimals and trailing zeros
 *   (reference: "The string is returned with trailing zeros").
 * - format.percent: the value as it is (not × 100), two decimals, then "%" (user manual:
 *   `str.tostring(100 * ta.tr / close, format.percent)` "rounded to two fractional digits with %").
 * - format.volume: K, M, B, T for thousands … trillions (user manual), up to two decimals.
 */
export function numberToString(value: number, format: string, mintick: number): string {
  if (Number.isNaN(value)) return 'NaN';
  switch (format) {
    case 'mintick':
      return formatNumberPattern(
        roundToMintick(value, mintick),
        mintickPattern(mintick),
        'shortest',
      );
    case 'percent':
      return `${formatNumberPattern(value, '0.00', 'shortest')}%`;
    case 'volume': {
      const unit = VOLUME_UNITS.find(([size]) => Math.abs(value) >= size);
      const scaled = unit ? value / unit[0] : value;
      return formatNumberPattern(scaled, '#.##', 'shortest') + (unit ? unit[1] : '');
    }
    case 'price':
    case 'inherit':
      return formatNumberPattern(value, DEFAULT_NUMBER_FORMAT, 'shortest');
    default:
      return formatNumberPattern(value, format, 'shortest');
  }
}

/** `0.00` for a tick of 0.01 or 0.25, `0` for a tick of 1. */
function mintickPattern(mintick: number): string {
  const [, decimals = ''] = String(mintick).split('.');
  const exp = /e-(\d+)$/.exec(String(mintick));
  const places = exp ? Number(exp[1]) + (decimals.split('e')[0]?.length ?? 0) : decimals.length;
  return places > 0 ? `0.${'0'.repeat(places)}` : '0';
}

/**
 * Any Pine value: na string (null) and na numbers print "NaN", bools "true"/"false", strings
 * as they are; arrays (a PineArray, read through `toArray()`, or a JS array) as "[a, b, c]" with
 * each number formatted; matrices (`rows` and `rowValues(r)`, as PineMatrix has) as one bracketed
 * row per line (user manual: "`[` and `]` characters mark the start and end of each row").
 */
export function valueToString(value: unknown, format: string, mintick: number): string {
  if (value === null || value === undefined) return 'NaN';
  if (typeof value === 'number') return numberToString(value, format, mintick);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const items = elementsOf(value);
  if (items) return `[${items.map((item) => valueToString(item, format, mintick)).join(', ')}]`;
  if (isMatrix(value)) {
    const rows: string[] = [];
    for (let r = 0; r < value.rows; r++)
      rows.push(valueToString(value.rowValues(r), format, mintick));
    return rows.join('\n');
  }
  return String(value);
}

/** The elements of a Pine array (anything with `toArray()`) or a JS array. */
export function elementsOf(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && 'toArray' in value) {
    const toArray = (value as { toArray: unknown }).toArray;
    if (typeof toArray === 'function') return toArray.call(value) as unknown[];
  }
  return undefined;
}

function isMatrix(value: unknown): value is { rows: number; rowValues(r: number): unknown[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'rowValues' in value &&
    'rows' in value &&
    typeof value.rows === 'number'
  );
}

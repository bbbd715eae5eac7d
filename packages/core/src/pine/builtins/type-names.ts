/** Names of Pine's built-in types, the one list the signature table and the checker share. @see https://www.tradingview.com/pine-script-docs/language/type-system/ */

/** Types with a cast function of the same name: `int(x)`, `line(na)`. */
export const CASTABLE_TYPE_NAMES = [
  'int',
  'float',
  'bool',
  'string',
  'color',
  'label',
  'line',
  'box',
  'table',
  'linefill',
  'polyline',
] as const;

/** Every built-in type that is not a collection. */
export const VALUE_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...CASTABLE_TYPE_NAMES,
  'chart.point',
  'footprint',
  'volume_row',
]);

/** Names usable in declarations (`float x`, `array<line>`), qualifiers included. */
export const BUILTIN_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...VALUE_TYPE_NAMES,
  'array',
  'matrix',
  'map',
  'series',
  'simple',
  'const',
]);

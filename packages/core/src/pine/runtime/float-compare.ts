/**
 * Pine's float comparison operators as TradingView evaluates them: two floats within 1e-10 of each
 * other compare equal, so `<`/`>` are false and `<=`/`>=`/`==` true for values a rounding apart.
 * TRADINGVIEW-SEMANTICS.md ("float comparisons behave as if tolerant to about 1e-10"); on the
 * PineForge corpus it decides ta-rsi-bb-self-bands-01 and ta-engulfing-candle-pattern-01 and
 * changes no other probe. ta.cross* keep exact comparisons: tolerant ones there lose three probes.
 * na operands: every comparison is false, `!=` included — `na != 0` is false, so
 * `sum != 0 ? a / sum : 0` gives 0 while the sum is still na (TradingView's trades in the corpus
 * probe ta-kama-style-efficiency-ratio-01 start on the chart's third bar only this way).
 */
const TOLERANCE = 1e-10;

const near = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE;

export const floatCompare = {
  eq: (a: number, b: number): boolean => a === b || near(a, b),
  // NaN − x is NaN and NaN > t is false: na is never unequal.
  ne: (a: number, b: number): boolean => Math.abs(a - b) > TOLERANCE,
  lt: (a: number, b: number): boolean => a < b && !near(a, b),
  gt: (a: number, b: number): boolean => a > b && !near(a, b),
  le: (a: number, b: number): boolean => a <= b || near(a, b),
  ge: (a: number, b: number): boolean => a >= b || near(a, b),
};

/** The `$rt` helper name for each comparison operator. */
export const FLOAT_COMPARE_HELPER: Readonly<Record<string, keyof typeof floatCompare>> = {
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '>': 'gt',
  '<=': 'le',
  '>=': 'ge',
};

/**
 * Pine runtime: the values, series and built-in functions compiled Pine scripts call.
 *
 * Representation of Pine values (the compiler emits code against these rules):
 * - int and float are JS numbers; na is NaN. Ints hold whole numbers; `int(x)` truncates.
 * - bool is a JS boolean. Pine v6 bools are never na (na converts to false, `toBool`); a v5
 *   script's na bool is `null`, which `na()` recognises and conditions treat as false.
 * - string is a JS string; na is `null`.
 * - color is a number: 0xRRGGBB + transparency · 2^24, transparency in hundredths of a percent
 *   (0 … 10,000) so `color.t` returns what `color.new` was given; na is NaN (see color/color.ts).
 * - arrays, maps and matrices are objects with reference semantics; na is `null`.
 * - Tuples from ta.* (bb, kc, macd, dmi, supertrend, vwap bands) are not allocated per bar: `next`
 *   returns the first element and the instance exposes all elements as fields.
 *
 * Execution contract: the compiler creates one instance of each stateful built-in per CALL SITE
 * and calls its `next(...)` once per bar on which that call executes (TradingView: a ta.* call
 * inside an `if` sees only the bars on which it ran). Functions that read OHLC take the run's
 * `BarState` in their constructor. Series history (`x[n]`) lives in `Series` / `ValueSeries`.
 * Runtime errors are `PineRuntimeError`s; the compiler adds the Pine line and bar index.
 */
export * as color from './color/index.ts';
export * as math from './math/index.ts';
export * from './na.ts';
export { PineRuntimeError } from './pine-runtime-error.ts';
export { BarState } from './series/bar-state.ts';
export { RollingWindow } from './series/rolling-window.ts';
export { DEFAULT_MAX_BARS_BACK, Series, ValueSeries } from './series/series.ts';
export * as ta from './ta/index.ts';

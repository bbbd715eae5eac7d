/**
 * Script outputs: the per-run store (`ScriptOutputs`), the plot-family call sites, alerts, logs
 * and runtime.error. Shapes (see runtime-convention): plot… fill, hline, alertcondition are
 * per-call-site classes `(outputs, bar)` with `next(...)`; `PineAlerts` (`alert`) and `PineLog`
 * (`log.*`) are per-run objects; `runtime` is a pure namespace.
 */

export { PineAlerts } from './alert.ts';
export { AlertCondition } from './alert-condition.ts';
export { resolveAlertPlaceholders } from './alert-placeholders.ts';
export { BarColor } from './barcolor.ts';
export { BgColor } from './bgcolor.ts';
export type {
  AlertConditionEvent,
  AlertEvent,
  AlertFrequency,
  LogEntry,
  LogLevel,
} from './events.ts';
export { exportColumnNames } from './export-names.ts';
export { Fill, type FillOverload } from './fill.ts';
export { HLine } from './hline.ts';
export { type OutputHandle, type OutputKind, OutputRecord } from './output-record.ts';
export { type PineFormatter, PineLog } from './pine-log.ts';
export { Plot } from './plot.ts';
export { PlotArrow } from './plot-arrow.ts';
export { PlotBar } from './plot-bar.ts';
export { PlotCandle } from './plot-candle.ts';
export { PlotChar, PlotShape } from './plot-marker.ts';
export { runtime } from './runtime-error.ts';
export { type ExportColumn, ScriptOutputs } from './script-outputs.ts';
export { SeriesColumn } from './series-column.ts';

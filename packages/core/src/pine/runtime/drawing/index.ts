/**
 * Drawings: the per-run store (`Drawings`, with the script's max_*_count limits) and the per-run
 * namespaces keyed by Pine names (`label`, `line`, `box`, `table`, `linefill`, `polyline`,
 * `chart.point`). Drawing ids are the objects themselves; na is null. `*.all` returns a plain JS
 * array until the array runtime's representation is settled.
 */
export { type Box, BoxNamespace, type BoxNewArgs } from './box.ts';
export { type ChartPoint, ChartPointNamespace } from './chart-point.ts';
export { type DrawingLimits, drawingLimits } from './drawing-limits.ts';
export { type Drawing, DrawingRegistry } from './drawing-registry.ts';
export { Drawings } from './drawings.ts';
export { type Label, LabelNamespace, type LabelNewArgs } from './label.ts';
export { type Line, LineNamespace, type LineNewArgs } from './line.ts';
export { type Linefill, LinefillNamespace } from './linefill.ts';
export { type Polyline, PolylineNamespace } from './polyline.ts';
export { type CellRange, cellKey, type Table, type TableCell, TableNamespace } from './table.ts';

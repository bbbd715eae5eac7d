/** The drawing objects of one script run, per type, with the script's limits; read by renderers and `barwise run`. */
import type { Box } from './box.ts';
import { type DrawingLimits, drawingLimits } from './drawing-limits.ts';
import { DrawingRegistry } from './drawing-registry.ts';
import type { Label } from './label.ts';
import type { Line } from './line.ts';
import type { Linefill } from './linefill.ts';
import type { Polyline } from './polyline.ts';
import type { Table } from './table.ts';

/**
 * Created once per run from the declaration's `max_*_count` arguments. Tables and linefills have
 * no count limit (there is no max_tables_count or max_linefills_count); at most one table shows
 * per position, the newest (User Manual, Limitations / Table limits), which is for the renderer
 * to apply. Deleting a line deletes the linefills that use it (reference, linefill.new).
 */
export class Drawings {
  readonly limits: DrawingLimits;
  readonly labels: DrawingRegistry<Label>;
  readonly lines: DrawingRegistry<Line>;
  readonly boxes: DrawingRegistry<Box>;
  readonly polylines: DrawingRegistry<Polyline>;
  readonly tables = new DrawingRegistry<Table>(Number.POSITIVE_INFINITY);
  readonly linefills = new DrawingRegistry<Linefill>(Number.POSITIVE_INFINITY);

  constructor(limits: Partial<DrawingLimits> = {}) {
    this.limits = drawingLimits(limits);
    this.labels = new DrawingRegistry(this.limits.maxLabels);
    this.lines = new DrawingRegistry(this.limits.maxLines, (line) => this.deleteFillsOf(line));
    this.boxes = new DrawingRegistry(this.limits.maxBoxes);
    this.polylines = new DrawingRegistry(this.limits.maxPolylines);
  }

  private deleteFillsOf(line: Line): void {
    for (const fill of this.linefills.all())
      if (fill.line1 === line || fill.line2 === line) this.linefills.remove(fill);
  }
}

/** The object behind an id when it is a live drawing; undefined for na (null) or a deleted one. */
export function live<T extends { deleted: boolean }>(id: T | null | undefined): T | undefined {
  return id && !id.deleted ? id : undefined;
}

/** Sets one property of a live drawing; na (null) or a deleted drawing is left alone. */
export function assign<T extends { deleted: boolean }, K extends keyof T>(
  id: T | null,
  key: K,
  value: T[K],
): void {
  const object = live(id);
  if (object) object[key] = value;
}

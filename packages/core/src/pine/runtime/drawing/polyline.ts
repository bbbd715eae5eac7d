/** polyline.*: one drawing through many chart points, and the per-run `polyline` namespace. */
import { NAMED_COLORS } from '../color/color.ts';
import type { ChartPoint } from './chart-point.ts';
import type { Drawing } from './drawing-registry.ts';
import type { Drawings } from './drawings.ts';

export interface Polyline extends Drawing {
  /** Copies of the points at creation, in array order (never sorted: the path may go back in x). */
  readonly points: readonly ChartPoint[];
  readonly curved: boolean;
  readonly closed: boolean;
  readonly xloc: string;
  readonly lineColor: number;
  readonly fillColor: number;
  readonly lineStyle: string;
  readonly lineWidth: number;
  readonly forceOverlay: boolean;
}

/**
 * Polylines have no setters, getters or copy: `new`, `delete`, `all` only (User Manual). Defaults
 * from the reference: line color.blue, no fill (na), solid, width 1. `points` is an
 * array<chart.point>, here a plain JS array (na: no points); the points are copied, so changing
 * them later does not move the drawing (the manual does not say; labels, lines and boxes copy).
 * The manual's 10,000-point ceiling is not enforced.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_polyline.new
 * @see https://www.tradingview.com/pine-script-docs/visuals/lines-and-boxes/#polylines
 */
export class PolylineNamespace {
  private readonly drawings: Drawings;

  constructor(drawings: Drawings) {
    this.drawings = drawings;
  }

  new(
    points: readonly (ChartPoint | null)[] | null,
    curved = false,
    closed = false,
    xloc = 'bar_index',
    line_color: number = NAMED_COLORS.blue,
    fill_color = Number.NaN,
    line_style = 'style_solid',
    line_width = 1,
    force_overlay = false,
  ): Polyline {
    const copies = (points ?? []).map((p) =>
      p
        ? { time: p.time, index: p.index, price: p.price }
        : { time: Number.NaN, index: Number.NaN, price: Number.NaN },
    );
    return this.drawings.polylines.add({
      deleted: false,
      points: copies,
      curved,
      closed,
      xloc,
      lineColor: line_color,
      fillColor: fill_color,
      lineStyle: line_style,
      lineWidth: line_width,
      forceOverlay: force_overlay,
    });
  }

  /** Deleting na or a deleted polyline does nothing (reference). */
  delete(id: Polyline | null): void {
    if (id) this.drawings.polylines.remove(id);
  }

  get all(): Polyline[] {
    return this.drawings.polylines.all();
  }
}

/** line.*: straight lines between two points, and the per-run `line` namespace. */
import { NAMED_COLORS } from '../color/color.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { type ChartPoint, pointX } from './chart-point.ts';
import type { Drawing } from './drawing-registry.ts';
import { assign, type Drawings, live } from './drawings.ts';

export interface Line extends Drawing {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  xloc: string;
  extend: string;
  color: number;
  style: string;
  width: number;
  forceOverlay: boolean;
}

type LineTail = [
  xloc?: string,
  extend?: string,
  color?: number,
  style?: string,
  width?: number,
  force_overlay?: boolean,
];

export type LineNewArgs =
  | [x1: number, y1: number, x2: number, y2: number, ...LineTail]
  | [first_point: ChartPoint | null, second_point: ChartPoint | null, ...LineTail];

/**
 * Per-run namespace keyed by Pine names. Setters on na or on a deleted line do nothing; getters
 * return na (our reading; the reference only says deleting twice does nothing). Defaults from
 * the User Manual: color.blue, line.style_solid, width 1.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_line.new
 * @see https://www.tradingview.com/pine-script-docs/visuals/lines-and-boxes/#lines
 */
export class LineNamespace {
  private readonly drawings: Drawings;

  constructor(drawings: Drawings) {
    this.drawings = drawings;
  }

  /** `line.new(x1, y1, x2, y2, …)` or `line.new(first_point, second_point, …)` (points copied). */
  new(...args: LineNewArgs): Line {
    const byPoint = typeof args[0] !== 'number';
    const tail = (byPoint ? args.slice(2) : args.slice(4)) as LineTail;
    const [
      xloc = 'bar_index',
      extend = 'none',
      color = NAMED_COLORS.blue,
      style = 'style_solid',
      width = 1,
      force_overlay = false,
    ] = tail;
    const [x1, y1, x2, y2] = byPoint
      ? pointsXY(args[0] as ChartPoint | null, args[1] as ChartPoint | null, xloc)
      : (args.slice(0, 4) as [number, number, number, number]);
    return this.drawings.lines.add({
      deleted: false,
      x1,
      y1,
      x2,
      y2,
      xloc,
      extend,
      color,
      style,
      width,
      forceOverlay: force_overlay,
    });
  }

  copy(id: Line | null): Line | null {
    const l = live(id);
    return l ? this.drawings.lines.add({ ...l }) : null;
  }

  /** Also deletes the linefills that use the line. */
  delete(id: Line | null): void {
    if (id) this.drawings.lines.remove(id);
  }

  get all(): Line[] {
    return this.drawings.lines.all();
  }

  /**
   * The price at bar index `x` on the infinite line through both points ("considered to have been
   * created using extend.both"); an error for lines with xloc.bar_time (reference). A vertical
   * line (x1 = x2) has no price: na.
   */
  get_price(id: Line | null, x: number): number {
    const l = live(id);
    if (!l) return Number.NaN;
    if (l.xloc === 'bar_time')
      throw new PineRuntimeError(
        "line.get_price() can only be called for lines created using 'xloc.bar_index'",
      );
    if (l.x1 === l.x2) return Number.NaN;
    return l.y1 + ((l.y2 - l.y1) * (x - l.x1)) / (l.x2 - l.x1);
  }

  get_x1(id: Line | null): number {
    return live(id)?.x1 ?? Number.NaN;
  }

  get_x2(id: Line | null): number {
    return live(id)?.x2 ?? Number.NaN;
  }

  get_y1(id: Line | null): number {
    return live(id)?.y1 ?? Number.NaN;
  }

  get_y2(id: Line | null): number {
    return live(id)?.y2 ?? Number.NaN;
  }

  set_color(id: Line | null, color: number): void {
    assign(id, 'color', color);
  }

  set_extend(id: Line | null, extend: string): void {
    assign(id, 'extend', extend);
  }

  set_first_point(id: Line | null, point: ChartPoint | null): void {
    const l = live(id);
    if (!l) return;
    l.x1 = pointX(point, l.xloc);
    l.y1 = point?.price ?? Number.NaN;
  }

  set_second_point(id: Line | null, point: ChartPoint | null): void {
    const l = live(id);
    if (!l) return;
    l.x2 = pointX(point, l.xloc);
    l.y2 = point?.price ?? Number.NaN;
  }

  set_style(id: Line | null, style: string): void {
    assign(id, 'style', style);
  }

  set_width(id: Line | null, width: number): void {
    assign(id, 'width', width);
  }

  set_x1(id: Line | null, x: number): void {
    assign(id, 'x1', x);
  }

  set_x2(id: Line | null, x: number): void {
    assign(id, 'x2', x);
  }

  /** Changes how x is read and gives both x in the new unit (`xloc` last, as in the reference). */
  set_xloc(id: Line | null, x1: number, x2: number, xloc: string): void {
    assign(id, 'x1', x1);
    assign(id, 'x2', x2);
    assign(id, 'xloc', xloc);
  }

  set_xy1(id: Line | null, x: number, y: number): void {
    assign(id, 'x1', x);
    assign(id, 'y1', y);
  }

  set_xy2(id: Line | null, x: number, y: number): void {
    assign(id, 'x2', x);
    assign(id, 'y2', y);
  }

  set_y1(id: Line | null, y: number): void {
    assign(id, 'y1', y);
  }

  set_y2(id: Line | null, y: number): void {
    assign(id, 'y2', y);
  }
}

/** x1, y1, x2, y2 of two chart points for a drawing's xloc. */
export function pointsXY(
  first: ChartPoint | null,
  second: ChartPoint | null,
  xloc: string,
): [number, number, number, number] {
  return [
    pointX(first, xloc),
    first?.price ?? Number.NaN,
    pointX(second, xloc),
    second?.price ?? Number.NaN,
  ];
}

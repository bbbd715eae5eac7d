/** box.*: rectangles between a top-left and a bottom-right corner, and the per-run `box` namespace. */
import { NAMED_COLORS } from '../color/color.ts';
import { type ChartPoint, pointX } from './chart-point.ts';
import type { Drawing } from './drawing-registry.ts';
import { assign, type Drawings, live } from './drawings.ts';
import { pointsXY } from './line.ts';

export interface Box extends Drawing {
  left: number;
  top: number;
  right: number;
  bottom: number;
  borderColor: number;
  borderWidth: number;
  borderStyle: string;
  extend: string;
  xloc: string;
  bgcolor: number;
  text: string | null;
  textSize: string | number;
  textColor: number;
  textHalign: string;
  textValign: string;
  textWrap: string;
  textFontFamily: string;
  forceOverlay: boolean;
  textFormatting: string;
}

type BoxTail = [
  border_color?: number,
  border_width?: number,
  border_style?: string,
  extend?: string,
  xloc?: string,
  bgcolor?: number,
  text?: string | null,
  text_size?: string | number,
  text_color?: number,
  text_halign?: string,
  text_valign?: string,
  text_wrap?: string,
  text_font_family?: string,
  force_overlay?: boolean,
  text_formatting?: string,
];

export type BoxNewArgs =
  | [left: number, top: number, right: number, bottom: number, ...BoxTail]
  | [top_left: ChartPoint | null, bottom_right: ChartPoint | null, ...BoxTail];

/**
 * Per-run namespace keyed by Pine names. Defaults from the reference: border and background
 * color.blue, text color.black, border width 1, text size auto. Setters on na or a deleted box do
 * nothing; getters return na (our reading, as for labels and lines).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_box.new
 * @see https://www.tradingview.com/pine-script-docs/visuals/lines-and-boxes/#boxes
 */
export class BoxNamespace {
  private readonly drawings: Drawings;

  constructor(drawings: Drawings) {
    this.drawings = drawings;
  }

  /** `box.new(left, top, right, bottom, …)` or `box.new(top_left, bottom_right, …)` (points copied). */
  new(...args: BoxNewArgs): Box {
    const byPoint = typeof args[0] !== 'number';
    const tail = (byPoint ? args.slice(2) : args.slice(4)) as BoxTail;
    const [
      border_color = NAMED_COLORS.blue,
      border_width = 1,
      border_style = 'style_solid',
      extend = 'none',
      xloc = 'bar_index',
      bgcolor = NAMED_COLORS.blue,
      text = '',
      text_size = 'auto',
      text_color = NAMED_COLORS.black,
      text_halign = 'align_center',
      text_valign = 'align_center',
      text_wrap = 'wrap_none',
      text_font_family = 'family_default',
      force_overlay = false,
      text_formatting = 'format_none',
    ] = tail;
    const [left, top, right, bottom] = byPoint
      ? pointsXY(args[0] as ChartPoint | null, args[1] as ChartPoint | null, xloc)
      : (args.slice(0, 4) as [number, number, number, number]);
    return this.drawings.boxes.add({
      deleted: false,
      left,
      top,
      right,
      bottom,
      borderColor: border_color,
      borderWidth: border_width,
      borderStyle: border_style,
      extend,
      xloc,
      bgcolor,
      text,
      textSize: text_size,
      textColor: text_color,
      textHalign: text_halign,
      textValign: text_valign,
      textWrap: text_wrap,
      textFontFamily: text_font_family,
      forceOverlay: force_overlay,
      textFormatting: text_formatting,
    });
  }

  copy(id: Box | null): Box | null {
    const b = live(id);
    return b ? this.drawings.boxes.add({ ...b }) : null;
  }

  delete(id: Box | null): void {
    if (id) this.drawings.boxes.remove(id);
  }

  get all(): Box[] {
    return this.drawings.boxes.all();
  }

  get_bottom(id: Box | null): number {
    return live(id)?.bottom ?? Number.NaN;
  }

  /** Bar index or UNIX time, depending on the last xloc set. */
  get_left(id: Box | null): number {
    return live(id)?.left ?? Number.NaN;
  }

  get_right(id: Box | null): number {
    return live(id)?.right ?? Number.NaN;
  }

  get_top(id: Box | null): number {
    return live(id)?.top ?? Number.NaN;
  }

  set_bgcolor(id: Box | null, color: number): void {
    assign(id, 'bgcolor', color);
  }

  set_border_color(id: Box | null, color: number): void {
    assign(id, 'borderColor', color);
  }

  set_border_style(id: Box | null, style: string): void {
    assign(id, 'borderStyle', style);
  }

  set_border_width(id: Box | null, width: number): void {
    assign(id, 'borderWidth', width);
  }

  set_bottom(id: Box | null, bottom: number): void {
    assign(id, 'bottom', bottom);
  }

  set_bottom_right_point(id: Box | null, point: ChartPoint | null): void {
    const b = live(id);
    if (!b) return;
    b.right = pointX(point, b.xloc);
    b.bottom = point?.price ?? Number.NaN;
  }

  set_extend(id: Box | null, extend: string): void {
    assign(id, 'extend', extend);
  }

  set_left(id: Box | null, left: number): void {
    assign(id, 'left', left);
  }

  set_lefttop(id: Box | null, left: number, top: number): void {
    assign(id, 'left', left);
    assign(id, 'top', top);
  }

  set_right(id: Box | null, right: number): void {
    assign(id, 'right', right);
  }

  set_rightbottom(id: Box | null, right: number, bottom: number): void {
    assign(id, 'right', right);
    assign(id, 'bottom', bottom);
  }

  set_text(id: Box | null, text: string | null): void {
    assign(id, 'text', text);
  }

  set_text_color(id: Box | null, text_color: number): void {
    assign(id, 'textColor', text_color);
  }

  set_text_font_family(id: Box | null, text_font_family: string): void {
    assign(id, 'textFontFamily', text_font_family);
  }

  set_text_formatting(id: Box | null, text_formatting: string): void {
    assign(id, 'textFormatting', text_formatting);
  }

  set_text_halign(id: Box | null, text_halign: string): void {
    assign(id, 'textHalign', text_halign);
  }

  set_text_size(id: Box | null, text_size: string | number): void {
    assign(id, 'textSize', text_size);
  }

  set_text_valign(id: Box | null, text_valign: string): void {
    assign(id, 'textValign', text_valign);
  }

  set_text_wrap(id: Box | null, text_wrap: string): void {
    assign(id, 'textWrap', text_wrap);
  }

  set_top(id: Box | null, top: number): void {
    assign(id, 'top', top);
  }

  set_top_left_point(id: Box | null, point: ChartPoint | null): void {
    const b = live(id);
    if (!b) return;
    b.left = pointX(point, b.xloc);
    b.top = point?.price ?? Number.NaN;
  }

  /** Changes how x is read and gives both x in the new unit (`xloc` last, as in the reference). */
  set_xloc(id: Box | null, left: number, right: number, xloc: string): void {
    assign(id, 'left', left);
    assign(id, 'right', right);
    assign(id, 'xloc', xloc);
  }
}

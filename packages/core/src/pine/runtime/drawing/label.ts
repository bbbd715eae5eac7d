/** label.*: text labels at a bar and price, and the per-run `label` namespace. */
import { NAMED_COLORS } from '../color/color.ts';
import { type ChartPoint, pointX } from './chart-point.ts';
import type { Drawing } from './drawing-registry.ts';
import { assign, type Drawings, live } from './drawings.ts';

export interface Label extends Drawing {
  x: number;
  y: number;
  text: string | null;
  xloc: string;
  yloc: string;
  color: number;
  style: string;
  textColor: number;
  size: string | number;
  textAlign: string;
  tooltip: string | null;
  textFontFamily: string;
  forceOverlay: boolean;
  textFormatting: string;
}

type LabelTail = [
  text?: string | null,
  xloc?: string,
  yloc?: string,
  color?: number,
  style?: string,
  textcolor?: number,
  size?: string | number,
  textalign?: string,
  tooltip?: string | null,
  text_font_family?: string,
  force_overlay?: boolean,
  text_formatting?: string,
];

export type LabelNewArgs =
  | [x: number, y: number, ...LabelTail]
  | [point: ChartPoint | null, ...LabelTail];

/**
 * Per-run namespace keyed by Pine names. Setters on na or on a deleted label do nothing; getters
 * return na (NaN, or null for text) — the deleted state is our reading: the reference only says
 * `label.delete` of a deleted label does nothing. `color` defaults to color.blue and `textcolor`
 * to color.white (v6 rendering; the reference states neither).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_label.new
 * @see https://www.tradingview.com/pine-script-docs/visuals/text-and-shapes/#labels
 */
export class LabelNamespace {
  private readonly drawings: Drawings;

  constructor(drawings: Drawings) {
    this.drawings = drawings;
  }

  /** `label.new(x, y, …)` or `label.new(point, …)`: the point's index or time (per xloc) and price are copied. */
  new(...args: LabelNewArgs): Label {
    const byPoint = typeof args[0] !== 'number';
    const tail = (byPoint ? args.slice(1) : args.slice(2)) as LabelTail;
    const [
      text = '',
      xloc = 'bar_index',
      yloc = 'price',
      color = NAMED_COLORS.blue,
      style = 'style_label_down',
      textcolor = NAMED_COLORS.white,
      size = 'normal',
      textalign = 'align_center',
      tooltip = null,
      text_font_family = 'family_default',
      force_overlay = false,
      text_formatting = 'format_none',
    ] = tail;
    const point = byPoint ? (args[0] as ChartPoint | null) : null;
    return this.drawings.labels.add({
      deleted: false,
      x: byPoint ? pointX(point, xloc) : (args[0] as number),
      y: byPoint ? (point?.price ?? Number.NaN) : (args[1] as number),
      text,
      xloc,
      yloc,
      color,
      style,
      textColor: textcolor,
      size,
      textAlign: textalign,
      tooltip,
      textFontFamily: text_font_family,
      forceOverlay: force_overlay,
      textFormatting: text_formatting,
    });
  }

  /** A new, independent label (newest, so it counts against the limit); na for na or a deleted label. */
  copy(id: Label | null): Label | null {
    const l = live(id);
    return l ? this.drawings.labels.add({ ...l }) : null;
  }

  delete(id: Label | null): void {
    if (id) this.drawings.labels.remove(id);
  }

  get all(): Label[] {
    return this.drawings.labels.all();
  }

  get_text(id: Label | null): string | null {
    return live(id)?.text ?? null;
  }

  /** Bar index or UNIX time, depending on the last xloc set. */
  get_x(id: Label | null): number {
    return live(id)?.x ?? Number.NaN;
  }

  get_y(id: Label | null): number {
    return live(id)?.y ?? Number.NaN;
  }

  set_color(id: Label | null, color: number): void {
    assign(id, 'color', color);
  }

  set_point(id: Label | null, point: ChartPoint | null): void {
    const l = live(id);
    if (!l) return;
    l.x = pointX(point, l.xloc);
    l.y = point?.price ?? Number.NaN;
  }

  set_size(id: Label | null, size: string | number): void {
    assign(id, 'size', size);
  }

  set_style(id: Label | null, style: string): void {
    assign(id, 'style', style);
  }

  set_text(id: Label | null, text: string | null): void {
    assign(id, 'text', text);
  }

  set_text_font_family(id: Label | null, text_font_family: string): void {
    assign(id, 'textFontFamily', text_font_family);
  }

  set_text_formatting(id: Label | null, text_formatting: string): void {
    assign(id, 'textFormatting', text_formatting);
  }

  set_textalign(id: Label | null, textalign: string): void {
    assign(id, 'textAlign', textalign);
  }

  set_textcolor(id: Label | null, textcolor: number): void {
    assign(id, 'textColor', textcolor);
  }

  set_tooltip(id: Label | null, tooltip: string | null): void {
    assign(id, 'tooltip', tooltip);
  }

  set_x(id: Label | null, x: number): void {
    assign(id, 'x', x);
  }

  /** Changes how x is read and gives x in the new unit. */
  set_xloc(id: Label | null, x: number, xloc: string): void {
    assign(id, 'x', x);
    assign(id, 'xloc', xloc);
  }

  set_xy(id: Label | null, x: number, y: number): void {
    assign(id, 'x', x);
    assign(id, 'y', y);
  }

  set_y(id: Label | null, y: number): void {
    assign(id, 'y', y);
  }

  set_yloc(id: Label | null, yloc: string): void {
    assign(id, 'yloc', yloc);
  }
}

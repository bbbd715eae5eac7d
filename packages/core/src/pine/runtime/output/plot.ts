/** plot(): a numeric series per bar, exported under its title; returns the handle fill() takes. */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { OutputHandle, OutputRecord } from './output-record.ts';
import type { ScriptOutputs } from './script-outputs.ts';
import type { SeriesColumn } from './series-column.ts';

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_plot */
export class Plot extends OutputCallSite {
  private readonly values: SeriesColumn;

  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plot');
    this.values = this.record.values[0] as SeriesColumn;
  }

  // Runs every bar: the declaration with its defaults is a separate function so this stays small.
  next(
    series: number,
    title?: string | null,
    color?: number,
    linewidth?: number,
    style?: string,
    trackprice?: boolean,
    histbase?: number,
    offset?: number,
    join?: boolean,
    editable?: boolean,
    show_last?: number,
    display?: unknown,
    format?: string,
    precision?: number,
    force_overlay?: boolean,
    linestyle?: string,
  ): OutputHandle {
    const r = this.record;
    const i = this.bar.barIndex;
    if (r.declared === false)
      declarePlot(
        r,
        title,
        linewidth,
        style,
        trackprice,
        histbase,
        offset,
        join,
        editable,
        show_last,
        display,
        format,
        precision,
        force_overlay,
        linestyle,
      );
    this.values.set(i, series);
    if (color !== undefined) r.setSeries('color', i, color);
    return r.id;
  }
}

/** The first call's title and options, omitted arguments taking plot()'s defaults. */
function declarePlot(
  r: OutputRecord,
  title: string | null | undefined,
  linewidth = 1,
  style = 'style_line',
  trackprice = false,
  histbase = 0,
  offset = 0,
  join = false,
  editable = true,
  show_last: number | undefined,
  display: unknown = 'all',
  format: string | undefined,
  precision: number | undefined,
  force_overlay = false,
  linestyle: string | undefined,
): void {
  r.declare(title, {
    linewidth,
    style,
    trackprice,
    histbase,
    offset,
    join,
    editable,
    show_last,
    display,
    format,
    precision,
    force_overlay,
    linestyle,
  });
}

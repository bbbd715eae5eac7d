/** plot(): a numeric series per bar, exported under its title; returns the handle fill() takes. */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { OutputHandle } from './output-record.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_plot */
export class Plot extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plot');
  }

  next(
    series: number,
    title?: string | null,
    color?: number,
    linewidth = 1,
    style = 'style_line',
    trackprice = false,
    histbase = 0,
    offset = 0,
    join = false,
    editable = true,
    show_last?: number,
    display: unknown = 'all',
    format?: string,
    precision?: number,
    force_overlay = false,
    linestyle?: string,
  ): OutputHandle {
    const r = this.record;
    const i = this.bar.barIndex;
    if (!r.declared)
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
    r.setValue(0, i, series);
    r.setSeries('color', i, color);
    return r.id;
  }
}

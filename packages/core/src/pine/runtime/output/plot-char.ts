/** plotchar(): a character where the series is true (or, for numbers, not na); exported as the series (bools as 1 / 0). */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite, plottedNumber } from './output-call-site.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_plotchar */
export class PlotChar extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plotchar');
  }

  next(
    series: unknown,
    title?: string | null,
    char?: string | null,
    location = 'abovebar',
    color?: number,
    offset = 0,
    text?: string | null,
    textcolor?: number,
    editable = true,
    size = 'auto',
    show_last?: number,
    display: unknown = 'all',
    format?: string,
    precision?: number,
    force_overlay = false,
  ): void {
    const r = this.record;
    const i = this.bar.barIndex;
    if (!r.declared)
      r.declare(title, {
        char,
        location,
        offset,
        text,
        editable,
        size,
        show_last,
        display,
        format,
        precision,
        force_overlay,
      });
    r.setValue(0, i, plottedNumber(series));
    r.setSeries('color', i, color);
    r.setSeries('textcolor', i, textcolor);
  }
}

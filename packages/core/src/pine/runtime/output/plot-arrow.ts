/** plotarrow(): up arrows for positive values, down arrows for negative ones; exported as the series. */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_plotarrow */
export class PlotArrow extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plotarrow');
  }

  next(
    series: number,
    title?: string | null,
    colorup?: number,
    colordown?: number,
    offset = 0,
    minheight = 5,
    maxheight = 100,
    editable = true,
    show_last?: number,
    display: unknown = 'all',
    format?: string,
    precision?: number,
    force_overlay = false,
  ): void {
    const r = this.record;
    const i = this.bar.barIndex;
    if (r.declared === false)
      r.declare(title, {
        offset,
        minheight,
        maxheight,
        editable,
        show_last,
        display,
        format,
        precision,
        force_overlay,
      });
    r.setValue(0, i, series);
    r.setSeries('colorup', i, colorup);
    r.setSeries('colordown', i, colordown);
  }
}

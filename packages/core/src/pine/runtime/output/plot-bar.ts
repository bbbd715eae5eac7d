/** plotbar(): OHLC bars from four series; exported as four columns (open, high, low, close). */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import { writeOhlc } from './plot-candle.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_plotbar */
export class PlotBar extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plotbar');
  }

  next(
    open: number,
    high: number,
    low: number,
    close: number,
    title?: string | null,
    color?: number,
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
      r.declare(title, { editable, show_last, display, format, precision, force_overlay });
    writeOhlc(r, i, open, high, low, close);
    r.setSeries('color', i, color);
  }
}

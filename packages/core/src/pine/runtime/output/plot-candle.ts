/** plotcandle(): candles from four series; exported as four columns (open, high, low, close). */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { OutputRecord } from './output-record.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** Writes the four price columns of plotcandle/plotbar for one bar. */
export function writeOhlc(
  r: OutputRecord,
  barIndex: number,
  open: number,
  high: number,
  low: number,
  close: number,
): void {
  r.setValue(0, barIndex, open);
  r.setValue(1, barIndex, high);
  r.setValue(2, barIndex, low);
  r.setValue(3, barIndex, close);
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_plotcandle */
export class PlotCandle extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plotcandle');
  }

  next(
    open: number,
    high: number,
    low: number,
    close: number,
    title?: string | null,
    color?: number,
    wickcolor?: number,
    editable = true,
    show_last?: number,
    bordercolor?: number,
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
    r.setSeries('wickcolor', i, wickcolor);
    r.setSeries('bordercolor', i, bordercolor);
  }
}

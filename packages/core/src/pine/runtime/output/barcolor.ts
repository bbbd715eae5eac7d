/** barcolor(): the price bar color per bar (na = the chart's own color); recorded, not exported. */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_barcolor */
export class BarColor extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'barcolor');
  }

  next(
    color: number,
    offset = 0,
    editable = true,
    show_last?: number,
    title?: string | null,
    display: unknown = 'all',
  ): void {
    const r = this.record;
    if (r.declared === false) r.declare(title, { offset, editable, show_last, display });
    r.setValue(0, this.bar.barIndex, color);
  }
}

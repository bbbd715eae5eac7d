/** bgcolor(): the chart background color per bar (na = no color); recorded, not exported. */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_bgcolor */
export class BgColor extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'bgcolor');
  }

  next(
    color: number,
    offset = 0,
    editable = true,
    show_last?: number,
    title?: string | null,
    display: unknown = 'all',
    force_overlay = false,
  ): void {
    const r = this.record;
    if (r.declared === false)
      r.declare(title, { offset, editable, show_last, display, force_overlay });
    r.setValue(0, this.bar.barIndex, color);
  }
}

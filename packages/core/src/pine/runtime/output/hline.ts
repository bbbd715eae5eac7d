/** hline(): a horizontal level at a fixed price; one record (not a per-bar series), returns the handle fill() takes. */
import { hex } from '../color/color.ts';
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { OutputHandle } from './output-record.ts';
import type { ScriptOutputs } from './script-outputs.ts';

const DEFAULT_COLOR = hex('#787B86');

/**
 * `price` is an input, so the first call fixes the level; later calls only return the handle.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_hline
 */
export class HLine extends OutputCallSite {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'hline');
  }

  next(
    price: number,
    title?: string | null,
    color: number = DEFAULT_COLOR,
    linestyle = 'style_solid',
    linewidth = 1,
    editable = true,
    display: unknown = 'all',
  ): OutputHandle {
    const r = this.record;
    if (r.declared === false)
      r.declare(title, { price, color, linestyle, linewidth, editable, display });
    return r.id;
  }
}

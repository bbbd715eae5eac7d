/** fill(): the space between two plots or two hlines, with a color or a vertical gradient; recorded, not exported. */

import { PineRuntimeError } from '../pine-runtime-error.ts';
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { OutputHandle } from './output-record.ts';
import type { ScriptOutputs } from './script-outputs.ts';

export type FillOverload = 'hlines' | 'plots' | 'gradient';

/**
 * One class for the three overloads, told apart at the first call: handles of hlines select the
 * hline overload; a number as the fourth argument (`bottom_value`; the plain overload has the
 * `title` string there) selects the gradient. The two handles and the constant options are
 * recorded once (`options.between`); colors and gradient bounds per bar.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_fill
 */
export class Fill extends OutputCallSite {
  private readonly outputs: ScriptOutputs;
  private overload: FillOverload = 'plots';

  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'fill');
    this.outputs = outputs;
  }

  next(first: OutputHandle, second: OutputHandle, ...rest: unknown[]): void {
    if (this.record.declared === false) this.declare(first, second, rest);
    const r = this.record;
    const i = this.bar.barIndex;
    if (this.overload === 'gradient') {
      r.setSeries('top_value', i, rest[0] as number);
      r.setSeries('bottom_value', i, rest[1] as number);
      r.setSeries('top_color', i, rest[2] as number);
      r.setSeries('bottom_color', i, rest[3] as number);
    } else r.setSeries('color', i, rest[0] as number | undefined);
  }

  private declare(first: OutputHandle, second: OutputHandle, rest: unknown[]): void {
    const a = this.outputs.record(first);
    const b = this.outputs.record(second);
    if (!a || !b || (a.kind === 'hline') !== (b.kind === 'hline'))
      throw new PineRuntimeError('fill() needs two plots or two hlines');
    const between = [first, second];
    if (a.kind === 'hline') {
      this.overload = 'hlines';
      const [, title, editable = true, fillgaps = false, display = 'all'] = rest;
      this.record.declare(title as string | undefined, {
        overload: this.overload,
        between,
        editable,
        fillgaps,
        display,
      });
    } else if (typeof rest[1] === 'number') {
      this.overload = 'gradient';
      const [, , , , title, display = 'all', fillgaps = false, editable = true] = rest;
      this.record.declare(title as string | undefined, {
        overload: this.overload,
        between,
        display,
        fillgaps,
        editable,
      });
    } else {
      const [, title, editable = true, show_last, fillgaps = false, display = 'all'] = rest;
      this.record.declare(title as string | undefined, {
        overload: this.overload,
        between,
        editable,
        show_last,
        fillgaps,
        display,
      });
    }
  }
}

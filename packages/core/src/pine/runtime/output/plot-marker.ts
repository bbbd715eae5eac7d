/**
 * plotshape() and plotchar(): a marker where the series is true (or, for numbers, not na),
 * exported as the series (bools as 1 / 0). The two differ only in their third argument: the
 * shape's `style` or the `char` drawn.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_plotshape
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_plotchar
 */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite, plottedNumber } from './output-call-site.ts';
import type { ScriptOutputs } from './script-outputs.ts';

abstract class PlotMarker extends OutputCallSite {
  constructor(
    outputs: ScriptOutputs,
    bar: BarState,
    name: 'plotshape' | 'plotchar',
    /** Name and default of the third argument. */
    private readonly markKey: 'style' | 'char',
    private readonly markDefault: string | undefined,
  ) {
    super(outputs, bar, name);
  }

  next(
    series: unknown,
    title?: string | null,
    mark: string | null | undefined = this.markDefault,
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
    if (r.declared === false)
      r.declare(title, {
        [this.markKey]: mark,
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

export class PlotShape extends PlotMarker {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plotshape', 'style', 'xcross');
  }
}

export class PlotChar extends PlotMarker {
  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'plotchar', 'char', undefined);
  }
}

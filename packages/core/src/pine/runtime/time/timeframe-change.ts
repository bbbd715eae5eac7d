/**
 * `timeframe.change(timeframe)`: true on the first chart bar of a new bar of `timeframe`, i.e.
 * when the open time of the `timeframe` bar holding the chart bar differs from the previous
 * call's (like `ta.change(time(timeframe)) != 0`). Per call site (runtime convention, shape 3);
 * the first call is true, a new period having begun for the script.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_timeframe.change
 */
import type { Bars } from '../../../market/bars.ts';
import type { BarState } from '../series/bar-state.ts';
import { TimeFunctions } from './time-functions.ts';

export class TimeframeChange {
  private readonly time: TimeFunctions;
  private previous = Number.NaN;

  constructor(bar: BarState, bars: Bars) {
    this.time = new TimeFunctions(bar, bars);
  }

  next(timeframe: string): boolean {
    const open = this.time.time(timeframe);
    const changed = open !== this.previous;
    this.previous = open;
    return changed;
  }
}

/** The chart bar the script is on: built-in variables (`open`, `hl2`, `bar_index`, `barstate.*`) and past OHLC for ta.*. */
import type { Bars } from '../../../market/bars.ts';
import type { SymbolInfo } from '../../../market/symbol-info.ts';
import type { Timeframe } from '../../../market/timeframe.ts';
import { timeframeSeconds } from '../../../market/timeframe.ts';

/**
 * One object per script run, moved from bar to bar with `load`, which only sets `barIndex`: the
 * bar's values are getters over the columns and the derived ones (hl2, time_close,
 * barstate.islast …) are computed when read, so a bar costs only what the script reads. All are
 * small enough that V8 inlines them into the compiled script and the ta.* functions. Historical
 * bars only: every bar is new and confirmed (`barstate.isnew`, `barstate.isconfirmed` true,
 * `barstate.isrealtime` false). Before the first `load` the values are na.
 * @see https://www.tradingview.com/pine-script-docs/concepts/bar-states/
 */
export class BarState {
  barIndex = -1;
  readonly isNew = true;
  readonly isConfirmed = true;
  readonly isHistory = true;
  readonly isRealtime = false;
  readonly symbol: SymbolInfo;
  readonly timeframe: Timeframe;
  private readonly bars: Bars;
  private readonly periodMs: number;
  // The columns held here, so reads do not depend on the shape of the `Bars` object.
  private readonly times: Float64Array;
  private readonly opens: Float64Array;
  private readonly highs: Float64Array;
  private readonly lows: Float64Array;
  private readonly closes: Float64Array;
  private readonly volumes: Float64Array;

  constructor(bars: Bars) {
    this.bars = bars;
    this.symbol = bars.symbol;
    this.timeframe = bars.timeframe;
    // Months use the nominal length (timeframe.in_seconds); calendar-exact closes belong to time_close().
    this.periodMs = timeframeSeconds(bars.timeframe) * 1000;
    this.times = bars.time;
    this.opens = bars.open;
    this.highs = bars.high;
    this.lows = bars.low;
    this.closes = bars.close;
    this.volumes = bars.volume;
  }

  /** Moves to bar `index` of the series. */
  load(index: number): void {
    this.barIndex = index;
  }

  /** Open time of the bar, ms UTC (`time`). */
  get time(): number {
    return this.times[this.barIndex] ?? Number.NaN;
  }

  get open(): number {
    return this.opens[this.barIndex] ?? Number.NaN;
  }

  get high(): number {
    return this.highs[this.barIndex] ?? Number.NaN;
  }

  get low(): number {
    return this.lows[this.barIndex] ?? Number.NaN;
  }

  get close(): number {
    return this.closes[this.barIndex] ?? Number.NaN;
  }

  get volume(): number {
    return this.volumes[this.barIndex] ?? Number.NaN;
  }

  /** Close time of the bar, ms UTC (`time_close`): open time plus the timeframe's nominal length. */
  get timeClose(): number {
    return this.time + this.periodMs;
  }

  // Same operand order as the Pine definitions, e.g. hlc3 = (high + low + close) / 3.
  get hl2(): number {
    return (this.high + this.low) / 2;
  }

  get hlc3(): number {
    return (this.high + this.low + this.close) / 3;
  }

  get ohlc4(): number {
    return (this.open + this.high + this.low + this.close) / 4;
  }

  get hlcc4(): number {
    return (this.high + this.low + this.close + this.close) / 4;
  }

  get isFirst(): boolean {
    return this.barIndex === 0;
  }

  /** False before the first `load`. */
  get isLast(): boolean {
    return this.barIndex >= 0 && this.barIndex === this.bars.length - 1;
  }

  /** Historical bars only: the last bar is the last confirmed one. */
  get isLastConfirmedHistory(): boolean {
    return this.isLast;
  }

  /** `high[back]`: na before the first bar. */
  pastHigh(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.highs[i] as number) : Number.NaN;
  }

  /** `low[back]`: na before the first bar. */
  pastLow(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.lows[i] as number) : Number.NaN;
  }

  /** `close[back]`: na before the first bar. */
  pastClose(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.closes[i] as number) : Number.NaN;
  }

  /** `volume[back]`: na before the first bar. */
  pastVolume(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.volumes[i] as number) : Number.NaN;
  }
}

/** The chart bar the script is on: built-in variables (`open`, `hl2`, `bar_index`, `barstate.*`) and past OHLC for ta.*. */
import type { Bars } from '../../../market/bars.ts';
import type { SymbolInfo } from '../../../market/symbol-info.ts';
import type { Timeframe } from '../../../market/timeframe.ts';
import { timeframeSeconds } from '../../../market/timeframe.ts';

/**
 * One object per script run, moved from bar to bar with `load`. Fields are plain numbers so the
 * compiled script and ta.* functions read them without calls. Historical bars only: every bar is
 * new and confirmed (`barstate.isnew`, `barstate.isconfirmed` true, `barstate.isrealtime` false).
 * @see https://www.tradingview.com/pine-script-docs/concepts/bar-states/
 */
export class BarState {
  barIndex = -1;
  /** Open time of the bar, ms UTC (`time`). */
  time = Number.NaN;
  /** Close time of the bar, ms UTC (`time_close`): open time plus the timeframe's nominal length. */
  timeClose = Number.NaN;
  open = Number.NaN;
  high = Number.NaN;
  low = Number.NaN;
  close = Number.NaN;
  volume = Number.NaN;
  hl2 = Number.NaN;
  hlc3 = Number.NaN;
  ohlc4 = Number.NaN;
  hlcc4 = Number.NaN;
  isFirst = false;
  isLast = false;
  readonly isNew = true;
  readonly isConfirmed = true;
  readonly isHistory = true;
  readonly isRealtime = false;
  isLastConfirmedHistory = false;
  readonly symbol: SymbolInfo;
  readonly timeframe: Timeframe;
  private readonly bars: Bars;
  private readonly periodMs: number;

  constructor(bars: Bars) {
    this.bars = bars;
    this.symbol = bars.symbol;
    this.timeframe = bars.timeframe;
    // Months use the nominal length (timeframe.in_seconds); calendar-exact closes belong to time_close().
    this.periodMs = timeframeSeconds(bars.timeframe) * 1000;
  }

  /** Moves to bar `index` of the series and recomputes the derived prices. */
  load(index: number): void {
    const b = this.bars;
    this.barIndex = index;
    this.time = b.time[index] as number;
    this.open = b.open[index] as number;
    this.high = b.high[index] as number;
    this.low = b.low[index] as number;
    this.close = b.close[index] as number;
    this.volume = b.volume[index] as number;
    this.timeClose = this.time + this.periodMs;
    // Same operand order as the Pine definitions, e.g. hlc3 = (high + low + close) / 3.
    this.hl2 = (this.high + this.low) / 2;
    this.hlc3 = (this.high + this.low + this.close) / 3;
    this.ohlc4 = (this.open + this.high + this.low + this.close) / 4;
    this.hlcc4 = (this.high + this.low + this.close + this.close) / 4;
    this.isFirst = index === 0;
    this.isLast = index === b.length - 1;
    this.isLastConfirmedHistory = this.isLast;
  }

  /** `high[back]`: na before the first bar. */
  pastHigh(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.bars.high[i] as number) : Number.NaN;
  }

  /** `low[back]`: na before the first bar. */
  pastLow(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.bars.low[i] as number) : Number.NaN;
  }

  /** `close[back]`: na before the first bar. */
  pastClose(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.bars.close[i] as number) : Number.NaN;
  }

  /** `volume[back]`: na before the first bar. */
  pastVolume(back: number): number {
    const i = this.barIndex - back;
    return i >= 0 ? (this.bars.volume[i] as number) : Number.NaN;
  }
}

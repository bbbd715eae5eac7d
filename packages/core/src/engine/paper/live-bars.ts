/** Bars that arrive one at a time into columns allocated ahead: a paper or live feed's history so far. */
import { assert } from '../../assert.ts';
import type { Bar, Bars } from '../../market/bars.ts';
import type { SymbolInfo } from '../../market/symbol-info.ts';
import type { Timeframe } from '../../market/timeframe.ts';

/**
 * Columnar like every `Bars` (ARCHITECTURE principle 2), but `length` counts the bars received so
 * far, so nothing downstream can read a bar before it has closed. The columns hold `capacity`
 * bars; they never move, so series and indicators can keep references to them.
 */
export class LiveBars implements Bars {
  length = 0;
  readonly time: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;

  constructor(
    readonly symbol: SymbolInfo,
    readonly timeframe: Timeframe,
    readonly capacity: number,
  ) {
    assert(
      Number.isSafeInteger(capacity) && capacity > 0,
      `live bars: capacity must be a whole number > 0, got ${capacity}`,
    );
    this.time = new Float64Array(capacity);
    this.open = new Float64Array(capacity);
    this.high = new Float64Array(capacity);
    this.low = new Float64Array(capacity);
    this.close = new Float64Array(capacity);
    this.volume = new Float64Array(capacity);
  }

  /** Appends a closed bar and returns its index; bars must come in time order. */
  append(bar: Bar): number {
    const i = this.length;
    assert(
      i < this.capacity,
      `live bars of ${this.symbol.ticker}: all ${this.capacity} slots used; start the session with a larger capacity`,
    );
    assert(
      i === 0 || bar.time > this.time[i - 1]!,
      `live bars of ${this.symbol.ticker}: bar at ${bar.time} does not come after ${this.time[i - 1]}`,
    );
    this.time[i] = bar.time;
    this.open[i] = bar.open;
    this.high[i] = bar.high;
    this.low[i] = bar.low;
    this.close[i] = bar.close;
    this.volume[i] = bar.volume;
    this.length = i + 1;
    return i;
  }
}

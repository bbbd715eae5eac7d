/** Read-only views of bar fields and indicator outputs with history (`at(0)` = current bar). */
import type { Bars } from '../../market/bars.ts';
import type { StreamingIndicator } from '../indicators/indicator.ts';

/** A series with history; `at(n)` is the value n bars ago (NaN before the first bar). */
export interface Series {
  at(ago?: number): number;
  /** Bars seen so far. */
  readonly length: number;
}

/** Cursor over one feed's bars: the current bar and its history, without allocating per bar. */
export class BarSeries {
  /** Index of the current (last closed) bar; -1 before the first. */
  index = -1;
  readonly open: Series;
  readonly high: Series;
  readonly low: Series;
  readonly close: Series;
  readonly volume: Series;
  readonly time: Series;

  constructor(
    /** Feed key (the ticker unless named otherwise). */
    readonly key: string,
    readonly bars: Bars,
    /** Position among the run's feeds (0 = primary): drivers index per-feed state by it. */
    readonly ordinal = 0,
  ) {
    this.open = this.column(bars.open);
    this.high = this.column(bars.high);
    this.low = this.column(bars.low);
    this.close = this.column(bars.close);
    this.volume = this.column(bars.volume);
    this.time = this.column(bars.time);
  }

  get length(): number {
    return this.index + 1;
  }

  private column(values: Float64Array): Series {
    const self = this;
    return {
      at: (ago = 0) => {
        const i = self.index - ago;
        return i >= 0 && ago >= 0 ? values[i]! : Number.NaN;
      },
      get length() {
        return self.index + 1;
      },
    };
  }
}

/** Input taken from each bar for an indicator: a bar field or a typical price. */
export type IndicatorSource =
  | 'open'
  | 'high'
  | 'low'
  | 'close'
  | 'volume'
  | 'hl2'
  | 'hlc3'
  | 'ohlc4';

/** Reads `source` of bar `i`. */
export function sourceValue(bars: Bars, source: IndicatorSource, i: number): number {
  switch (source) {
    case 'hl2':
      return (bars.high[i]! + bars.low[i]!) / 2;
    case 'hlc3':
      return (bars.high[i]! + bars.low[i]! + bars.close[i]!) / 3;
    case 'ohlc4':
      return (bars.open[i]! + bars.high[i]! + bars.low[i]! + bars.close[i]!) / 4;
    default:
      return bars[source][i]!;
  }
}

/** An indicator the kernel feeds on every bar of its feed, with its output history. */
export class IndicatorSeries<I extends StreamingIndicator<never> = StreamingIndicator<never>>
  implements Series
{
  /** Output per bar of the feed (NaN while warming up). */
  readonly values: Float64Array;

  constructor(
    readonly indicator: I,
    readonly feed: BarSeries,
    /** Adds bar `i` of the feed to the indicator and returns its new value. */
    private readonly update: (i: number) => number,
  ) {
    // Sized by the columns, not `length`: a live feed's columns are allocated ahead of its bars.
    this.values = new Float64Array(feed.bars.time.length).fill(Number.NaN);
  }

  /** Called by the kernel once per bar of the feed, before the strategy's `onBar`. */
  step(i: number): void {
    this.values[i] = this.update(i);
  }

  get value(): number {
    return this.at(0);
  }

  get isStable(): boolean {
    return this.indicator.isStable;
  }

  get length(): number {
    return this.feed.length;
  }

  at(ago = 0): number {
    const i = this.feed.index - ago;
    return i >= 0 && ago >= 0 ? this.values[i]! : Number.NaN;
  }

  /** Index of the first defined value, or -1: the warm-up backtesting.py skips. */
  firstDefinedIndex(): number {
    for (let i = 0; i <= this.feed.index; i++) if (!Number.isNaN(this.values[i]!)) return i;
    return -1;
  }
}

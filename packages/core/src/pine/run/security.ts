/**
 * `request.security` on historical bars. Each (symbol, timeframe) the script asks for is computed
 * once: the same compiled script runs as a second instance over that timeframe's bars, where every
 * `request.security` call evaluates its expression directly and records the value at each bar's
 * close. The chart instance then reads, for chart bar i:
 * - lookahead_off: the last requested bar that had CLOSED by chart bar i's close (no future data:
 *   a daily value appears on the last intraday bar of its day);
 * - lookahead_on: the requested bar that CONTAINS chart bar i (its final value — a future leak
 *   on history, as TradingView documents);
 * - gaps_on: the value only on the chart bar where a new requested bar first appears, else na.
 * Same-symbol higher timeframes are resampled from the chart's bars; other symbols come from the
 * run's `loadBars`.
 * @see https://www.tradingview.com/pine-script-docs/concepts/other-timeframes-and-data/
 */
import type { Bars } from '../../market/bars.ts';
import { resampleBars } from '../../market/resample.ts';
import {
  compareTimeframes,
  formatTimeframe,
  parseTimeframe,
  sameTimeframe,
  type Timeframe,
  timeframeMs,
} from '../../market/timeframe.ts';
import { PineRuntimeError } from '../runtime/pine-runtime-error.ts';
import type { BarState } from '../runtime/series/bar-state.ts';

/** Bars of another symbol or timeframe, when the caller can provide them (null: not available). */
export type BarsLoader = (symbol: string, timeframe: Timeframe) => Bars | null;

/** Runs the script over `bars` as a secondary instance and returns what each security site recorded. */
export type SecondaryRunner = (bars: Bars, record: SecurityRecorder) => void;

/** Collects, per call site, the expression's value at the close of each requested bar. */
export class SecurityRecorder {
  readonly values = new Map<number, unknown[]>();
  barIndex = -1;

  /** The `request` namespace of a secondary instance: evaluate now, remember the value. */
  readonly namespace = {
    security: (site: number, _symbol: unknown, _tf: unknown, expression: () => unknown) => {
      const value = expression();
      let list = this.values.get(site);
      if (!list) this.values.set(site, (list = []));
      list[this.barIndex] = value;
      return value;
    },
  };
}

interface Feed {
  readonly bars: Bars;
  /** Close time of each requested bar (the next bar's open, or open + period for the last). */
  readonly closes: Float64Array;
  readonly recorder: SecurityRecorder;
}

export class SecurityRequests {
  private readonly feeds = new Map<string, Feed>();
  private readonly chartPeriod: number;
  /** Per call site: the requested bar index returned on the previous chart bar (for gaps_on). */
  private readonly lastIndex = new Map<number, number>();

  constructor(
    private readonly bar: BarState,
    private readonly chart: Bars,
    private readonly runSecondary: SecondaryRunner,
    private readonly loadBars: BarsLoader | undefined,
  ) {
    this.chartPeriod = timeframeMs(chart.timeframe);
  }

  /** `request.security(...)` in the chart instance (compiled call; see compile/emit-calls.ts). */
  security(
    site: number,
    symbol: string | null,
    timeframe: string | null,
    expression: () => unknown,
    gaps: string,
    lookahead: string,
    na: unknown,
  ): unknown {
    const tf = timeframe ? parseRequestedTimeframe(timeframe) : this.chart.timeframe;
    if (sameTimeframe(tf, this.chart.timeframe) && this.isChartSymbol(symbol)) return expression();
    const feed = this.feed(symbol, tf);
    const values = feed.recorder.values.get(site);
    const index = this.requestedIndex(feed, lookahead === 'lookahead_on');
    const previous = this.lastIndex.get(site);
    this.lastIndex.set(site, index);
    if (index < 0 || values === undefined) return na;
    if (gaps === 'gaps_on' && previous === index) return na;
    const value = values[index];
    return value === undefined ? na : value;
  }

  private isChartSymbol(symbol: string | null): boolean {
    if (symbol === null || symbol === '') return true;
    const info = this.chart.symbol;
    const ticker = info.ticker;
    return (
      symbol === ticker || symbol === `${info.exchange}:${ticker}` || symbol.endsWith(`:${ticker}`)
    );
  }

  private feed(symbol: string | null, tf: Timeframe): Feed {
    const key = `${this.isChartSymbol(symbol) ? '' : symbol}|${tf.unit}${tf.multiplier}`;
    let feed = this.feeds.get(key);
    if (!feed) {
      feed = this.createFeed(symbol, tf);
      this.feeds.set(key, feed);
    }
    return feed;
  }

  private createFeed(symbol: string | null, tf: Timeframe): Feed {
    let bars: Bars | null;
    if (this.isChartSymbol(symbol)) {
      if (compareTimeframes(tf, this.chart.timeframe) < 0) {
        throw new PineRuntimeError(
          `request.security: timeframe ${formatTimeframe(tf)} is lower than the chart's; lower timeframes need request.security_lower_tf and lower-timeframe data`,
        );
      }
      bars = resampleBars(this.chart, tf);
    } else {
      bars = this.loadBars?.(symbol as string, tf) ?? null;
      if (!bars) {
        throw new PineRuntimeError(
          `request.security: no data for ${symbol} on ${formatTimeframe(tf)} (import it into the candle store)`,
        );
      }
    }
    const closes = new Float64Array(bars.length);
    const period = timeframeMs(tf);
    for (let j = 0; j < bars.length; j++) {
      const open = bars.time[j] as number;
      const next = j + 1 < bars.length ? (bars.time[j + 1] as number) : Number.POSITIVE_INFINITY;
      closes[j] = Math.min(next, open + period);
    }
    const recorder = new SecurityRecorder();
    this.runSecondary(bars, recorder);
    return { bars, closes, recorder };
  }

  /** Index of the requested bar chart bar `bar` sees (−1: none yet). */
  private requestedIndex(feed: Feed, lookahead: boolean): number {
    if (lookahead) return lastAtOrBefore(feed.bars.time, this.bar.time);
    const chartClose = this.bar.time + this.chartPeriod;
    return lastAtOrBefore(feed.closes, chartClose);
  }
}

/** Largest j with values[j] <= x (values ascending), or −1. */
function lastAtOrBefore(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function parseRequestedTimeframe(text: string): Timeframe {
  try {
    return parseTimeframe(text);
  } catch {
    throw new PineRuntimeError(`request.security: invalid timeframe "${text}"`);
  }
}

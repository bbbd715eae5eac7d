/** Feeds of bars over one or many symbols and timeframes, aligned by bar close time. */
import { assert } from '../../assert.ts';
import type { Bars } from '../../market/bars.ts';
import { timeframeMs } from '../../market/timeframe.ts';
import { BarSeries } from '../strategy/series.ts';

const MONTH_FALLBACK_MS = 31 * 86_400_000;

/**
 * Close time of bar `i`: open time plus the timeframe; monthly bars close when the next opens
 * (the last one after 31 days). A bar becomes visible to the strategy only once closed, so a
 * daily feed never shows today's bar to an hourly strategy before the day ends.
 */
export function barCloseTime(bars: Bars, i: number): number {
  if (bars.timeframe.unit !== 'month') return bars.time[i]! + timeframeMs(bars.timeframe);
  return i + 1 < bars.length ? bars.time[i + 1]! : bars.time[i]! + MONTH_FALLBACK_MS;
}

/**
 * The primary feed drives the run (one step per primary bar); secondary feeds advance to their
 * last bar that has closed by the primary bar's close, before the primary bar is processed.
 */
export class DataFeed {
  readonly primary: BarSeries;
  readonly secondaries: BarSeries[];
  /** Primary first, then secondaries. */
  readonly all: readonly BarSeries[];
  private readonly byKey = new Map<string, BarSeries>();

  constructor(feeds: readonly { readonly key: string; readonly bars: Bars }[]) {
    assert(feeds.length > 0, 'a run needs at least one feed of bars');
    const series = feeds.map((f) => new BarSeries(f.key, f.bars));
    for (const s of series) {
      assert(!this.byKey.has(s.key), `two feeds share the key "${s.key}"; name one with \`key\``);
      this.byKey.set(s.key, s);
    }
    this.primary = series[0]!;
    this.secondaries = series.slice(1);
    this.all = series;
  }

  get(key: string): BarSeries {
    const s = this.byKey.get(key);
    assert(s, `no feed "${key}"; feeds: ${[...this.byKey.keys()].join(', ')}`);
    return s;
  }

  /** Calls `visit` for each secondary bar closing at or before `closeTime`, in time order. */
  advanceSecondaries(closeTime: number, visit: (feed: BarSeries, i: number) => void): void {
    for (;;) {
      let next: BarSeries | undefined;
      let nextClose = closeTime;
      for (const s of this.secondaries) {
        if (s.index + 1 >= s.bars.length) continue;
        const t = barCloseTime(s.bars, s.index + 1);
        if (t <= nextClose && (!next || t < nextClose)) {
          next = s;
          nextClose = t;
        }
      }
      if (!next) return;
      next.index++;
      visit(next, next.index);
    }
  }
}

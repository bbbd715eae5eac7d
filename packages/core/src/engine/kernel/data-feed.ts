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
  /** Primary first, then secondaries; `all[k].ordinal === k`. */
  readonly all: readonly BarSeries[];
  private readonly byKey = new Map<string, BarSeries>();
  /**
   * Secondaries with bars left, as a binary min-heap on (close time of their next bar, ordinal):
   * popping it yields their bars in time order, ties in feed order, in O(log feeds) per bar.
   */
  private readonly heap: BarSeries[] = [];
  private readonly nextClose: Float64Array;

  constructor(feeds: readonly { readonly key: string; readonly bars: Bars }[]) {
    assert(feeds.length > 0, 'a run needs at least one feed of bars');
    const series = feeds.map((f, k) => new BarSeries(f.key, f.bars, k));
    for (const s of series) {
      assert(!this.byKey.has(s.key), `two feeds share the key "${s.key}"; name one with \`key\``);
      this.byKey.set(s.key, s);
    }
    this.primary = series[0]!;
    this.secondaries = series.slice(1);
    this.all = series;
    this.nextClose = new Float64Array(series.length);
    for (const s of this.secondaries) {
      if (s.bars.length === 0) continue;
      this.nextClose[s.ordinal] = barCloseTime(s.bars, 0);
      this.heap.push(s);
      this.up(this.heap.length - 1);
    }
  }

  get(key: string): BarSeries {
    const s = this.byKey.get(key);
    assert(s, `no feed "${key}"; feeds: ${[...this.byKey.keys()].join(', ')}`);
    return s;
  }

  /** Calls `visit` for each secondary bar closing at or before `closeTime`, in time order. */
  advanceSecondaries(closeTime: number, visit: (feed: BarSeries, i: number) => void): void {
    const heap = this.heap;
    while (heap.length > 0) {
      const next = heap[0]!;
      if (!(this.nextClose[next.ordinal]! <= closeTime)) return;
      const i = ++next.index;
      if (i + 1 < next.bars.length) {
        this.nextClose[next.ordinal] = barCloseTime(next.bars, i + 1);
      } else {
        const last = heap.pop()!;
        if (last !== next) heap[0] = last;
      }
      if (heap.length > 0) this.down(0);
      visit(next, i);
    }
  }

  private less(a: BarSeries, b: BarSeries): boolean {
    const ta = this.nextClose[a.ordinal]!;
    const tb = this.nextClose[b.ordinal]!;
    return ta < tb || (ta === tb && a.ordinal < b.ordinal);
  }

  private up(k: number): void {
    const heap = this.heap;
    const item = heap[k]!;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.less(item, heap[parent]!)) break;
      heap[k] = heap[parent]!;
      k = parent;
    }
    heap[k] = item;
  }

  private down(k: number): void {
    const heap = this.heap;
    const n = heap.length;
    const item = heap[k]!;
    for (;;) {
      const l = 2 * k + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && this.less(heap[r]!, heap[l]!) ? r : l;
      if (!this.less(heap[m]!, item)) break;
      heap[k] = heap[m]!;
      k = m;
    }
    heap[k] = item;
  }
}

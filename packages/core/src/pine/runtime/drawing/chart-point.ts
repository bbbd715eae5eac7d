/** chart.point: a coordinate carrying both a bar index and a time, and the per-run `chart.point.*` namespace. */
import type { BarState } from '../series/bar-state.ts';

/**
 * A reference type with mutable fields, named as in Pine so compiled `p.price` reads them.
 * Drawings use `index` or `time` according to their xloc and copy the values when created.
 */
export interface ChartPoint {
  time: number;
  index: number;
  price: number;
}

/** The x of a point for a drawing's xloc: `time` for `xloc.bar_time`, else `index`. */
export function pointX(point: ChartPoint | null, xloc: string): number {
  if (!point) return Number.NaN;
  return xloc === 'bar_time' ? point.time : point.index;
}

/**
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_chart.point.new
 * @see https://www.tradingview.com/pine-script-docs/language/type-system/#chart-points
 */
export class ChartPointNamespace {
  private readonly bar: BarState;

  constructor(bar: BarState) {
    this.bar = bar;
  }

  /** Takes `time` first, then `index`; the two are not checked against each other (reference). */
  new(time: number, index: number, price: number): ChartPoint {
    return { time, index, price };
  }

  /** Time is na: drawings with xloc.bar_time cannot use the point. */
  from_index(index: number, price: number): ChartPoint {
    return { time: Number.NaN, index, price };
  }

  /** Index is na: drawings with xloc.bar_index cannot use the point. */
  from_time(time: number, price: number): ChartPoint {
    return { time, index: Number.NaN, price };
  }

  /** The current bar's time and index; `price` defaults to `close`. */
  now(price?: number): ChartPoint {
    const b = this.bar;
    return { time: b.time, index: b.barIndex, price: price === undefined ? b.close : price };
  }

  copy(id: ChartPoint | null): ChartPoint | null {
    return id ? { time: id.time, index: id.index, price: id.price } : null;
  }
}

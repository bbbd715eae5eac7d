/** The fill-model interface: decides whether, where and at what price a working order fills on a bar. */
import type { Bars } from '../../market/bars.ts';
import type { OrderState } from '../orders/order.ts';

/**
 * The rule that decided a fill, recorded on every fill so results can be audited:
 * `market-at-open` — market order at the bar's open; `market-on-close` — at the close of the bar
 * that created it; `limit-at-open` / `stop-at-open` — the open was already through the level
 * (a gap), so the order fills at the open; `limit-at-level` / `stop-at-level` — the intrabar
 * path touched the level; `limit-on-close` / `stop-on-close` — the close satisfied the order at
 * the bar that created it; `end-of-run` — closed when the run ended.
 */
export type FillRule =
  | 'market-at-open'
  | 'market-on-close'
  | 'limit-at-open'
  | 'limit-at-level'
  | 'stop-at-open'
  | 'stop-at-level'
  | 'limit-on-close'
  | 'stop-on-close'
  | 'end-of-run';

/** `bar`: a new bar's full range (orders fill from its open on); `close`: the close of the bar that created the order. */
export type FillPhase = 'bar' | 'close';

/** Filled in by a fill model; reused between calls to avoid allocation. */
export interface FillDecision {
  price: number;
  /** Position on the intrabar path (0 = open … 3 = close): orders fill in this order within a bar. */
  position: number;
  /** Units to fill now; NaN = the whole remaining order (partial fills come with later models). */
  qty: number;
  rule: FillRule;
}

/**
 * Fill models are chosen per run and recorded in its result. `next-open` and `on-close` exist;
 * `tradingview` (magnifier, mintick rounding, slippage in ticks) and `realistic` (slippage,
 * participation-rate partial fills, latency) slot in behind the same interface.
 */
export interface FillModel {
  readonly name: string;
  /** True when orders created at a bar's close may fill at that same close. */
  readonly fillsOnClose: boolean;
  /** Returns true and fills `out` when `order` fills on bar `index` of `bars` in `phase`. */
  decide(
    order: OrderState,
    bars: Bars,
    index: number,
    phase: FillPhase,
    out: FillDecision,
  ): boolean;
}

export function emptyDecision(): FillDecision {
  return { price: Number.NaN, position: 0, qty: Number.NaN, rule: 'market-at-open' };
}

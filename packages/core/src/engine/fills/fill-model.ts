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

/**
 * Why a fill differs from a plain whole fill at its rule's price, recorded beside the rule:
 * `partial-participation` — capped by the participation rate, the rest keeps working (or is
 * cancelled by IOC); `latency-released` — the first bar the order could fill after its latency.
 */
export type FillReason = 'partial-participation' | 'latency-released';

/** `bar`: a new bar's full range (orders fill from its open on); `close`: the close of the bar that created the order. */
export type FillPhase = 'bar' | 'close';

/** Filled in by a fill model; reused between calls to avoid allocation. */
export interface FillDecision {
  /** Fill price, slippage included. */
  price: number;
  /** Position on the intrabar path (0 = open … 3 = close): orders fill in this order within a bar. */
  position: number;
  /** Units to fill now, set by `FillModel.size`; NaN = all units wanted. */
  qty: number;
  rule: FillRule;
  /** How far slippage moved `price` against the trader (≥ 0, price units). */
  slippage: number;
}

/**
 * Fill models are chosen per run and recorded in its result: `next-open`, `on-close`,
 * `realistic` (slippage, participation-rate partial fills, latency) and `tradingview` (the Pine
 * broker emulator's path, triggers, mintick grid and slippage in ticks).
 */
export interface FillModel {
  readonly name: string;
  /** The options the model was created with (JSON-safe), recorded in the run's result. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** True when orders created at a bar's close may fill at that same close. */
  readonly fillsOnClose: boolean;
  /**
   * Bars an order sits out after submission before it may fill (0 or omitted: from the next
   * bar). The exchange enforces it, so time in force counts from the first eligible bar.
   */
  readonly latencyBars?: number;
  /** Returns true and fills `out` when `order` fills on bar `index` of `bars` in `phase`. */
  decide(
    order: OrderState,
    bars: Bars,
    index: number,
    phase: FillPhase,
    out: FillDecision,
  ): boolean;
  /**
   * Second step for models that limit fills by volume or price by size, called at execution
   * with `out` as `decide` left it: `wanted` units (the order's remainder after sizing) and
   * `used` units of the symbol already filled on this bar. Sets `out.qty` (0 … wanted; 0 = none
   * on this bar) and may move `out.price` and `out.slippage`. Omitted: all `wanted` units fill.
   */
  size?(
    order: OrderState,
    wanted: number,
    used: number,
    bars: Bars,
    index: number,
    out: FillDecision,
  ): void;
}

export function emptyDecision(): FillDecision {
  return { price: Number.NaN, position: 0, qty: Number.NaN, rule: 'market-at-open', slippage: 0 };
}

/** The `realistic` fill model: next-open prices plus slippage, a participation cap on bar volume, and order latency. */
import { assert } from '../../assert.ts';
import type { Bars } from '../../market/bars.ts';
import { floorToStep } from '../broker/price-grid.ts';
import type { OrderState } from '../orders/order.ts';
import { BarFillModel } from './bar-fill-model.ts';
import type { FillDecision, FillModel, FillPhase } from './fill-model.ts';
import { NO_SLIPPAGE, type SlippageSpec, slippedPrice } from './slippage.ts';

/** A type alias, not an interface, so it is a `Record` as `FillModel.options` wants. */
export type RealisticFillOptions = {
  /** Default none. */
  readonly slippage?: SlippageSpec;
  /**
   * Most of a bar's volume the run may take, in (0, 1]: 0.25 = a quarter. Fills beyond it are
   * left working for later bars (Zipline's `volume_limit`). Default: no cap.
   */
  readonly participationRate?: number;
  /** Bars an order sits out after submission; 0 (default) = works from the next bar. */
  readonly latencyBars?: number;
};

/**
 * Prices come from the `next-open` rules (market at the open; stop and limit where the intrabar
 * path reaches them, at the open when the open gapped through them). Then:
 * - Slippage applies to fills that take liquidity: market and stop fills, and limit fills the
 *   open gapped through. It moves the price against the trader and rounds it to the mintick away
 *   from the trader; a limit fill is never priced past its limit (it is capped there). Limit fills
 *   at their level rest on the book and get none. Slipped prices may lie outside the bar, as on
 *   TradingView (TRADINGVIEW-SEMANTICS.md rule 8).
 * - With `participationRate`, all orders of a symbol together fill at most
 *   rate × volume units per bar (rounded down to the lot size); the rest stays working.
 * - Orders never fill on the bar that created them (`fillsOnClose` is false).
 */
export class RealisticFillModel implements FillModel {
  readonly name = 'realistic';
  readonly fillsOnClose = false;
  readonly latencyBars: number;
  readonly options: RealisticFillOptions;
  private readonly prices = new BarFillModel('next-open');
  private readonly slippage: SlippageSpec;
  private readonly rate: number;

  constructor(options: RealisticFillOptions = {}) {
    this.options = options;
    this.slippage = options.slippage ?? NO_SLIPPAGE;
    this.rate = options.participationRate ?? Number.NaN;
    this.latencyBars = options.latencyBars ?? 0;
  }

  decide(order: OrderState, bars: Bars, i: number, phase: FillPhase, out: FillDecision): boolean {
    if (!this.prices.decide(order, bars, i, phase, out)) return false;
    // Volume-share slippage depends on the units filled; `size` prices it.
    if (this.slippage.kind !== 'volume-share') this.slip(order, bars, out, 0);
    return true;
  }

  size(
    order: OrderState,
    wanted: number,
    used: number,
    bars: Bars,
    i: number,
    out: FillDecision,
  ): void {
    const volume = bars.volume[i]!;
    const needsVolume = !Number.isNaN(this.rate) || this.slippage.kind === 'volume-share';
    assert(
      !needsVolume || volume >= 0,
      `fill model realistic: bar ${i} of ${bars.symbol.ticker} has no volume (participationRate and volume-share slippage need it)`,
    );
    let qty = wanted;
    if (!Number.isNaN(this.rate)) {
      const cap = floorToStep(this.rate * volume, bars.symbol.lotSize) - used;
      qty = Math.max(0, Math.min(wanted, cap));
    }
    if (this.slippage.kind === 'volume-share') {
      if (!(volume > 0))
        qty = 0; // Zipline skips bars without volume.
      else if (qty > 0) this.slip(order, bars, out, (used + qty) / volume);
    }
    out.qty = qty;
  }

  /** Applies slippage to a fill that takes liquidity (see the class comment). */
  private slip(order: OrderState, bars: Bars, out: FillDecision, share: number): void {
    if (out.rule === 'limit-at-level') return;
    const buy = order.side === 'buy';
    const base = out.price;
    let price = slippedPrice(this.slippage, base, buy, bars.symbol.mintick, share);
    if (out.rule === 'limit-at-open')
      price = buy ? Math.min(price, order.limit) : Math.max(price, order.limit);
    out.price = price;
    out.slippage = Math.abs(price - base);
  }
}

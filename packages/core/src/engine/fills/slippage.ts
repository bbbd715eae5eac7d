/** Slippage for the realistic fill model: a price moved against the trader, on the mintick grid. */
import { ceilToTick, floorToTick, slipTicks } from '../broker/price-grid.ts';

/**
 * How far a fill that takes liquidity slips:
 * - `ticks`: a whole number of `syminfo.mintick` steps (TradingView's `slippage`);
 * - `percent`: a percent of the price, e.g. 0.05 = 0.05 %;
 * - `volume-share`: Zipline's VolumeShareSlippage, price × impact × share², where share is the
 *   units filled on the bar so far, this fill included, over the bar's volume
 *   (@see https://github.com/quantopian/zipline/blob/master/zipline/finance/slippage.py).
 */
export type SlippageSpec =
  | { readonly kind: 'none' }
  | { readonly kind: 'ticks'; readonly ticks: number }
  | { readonly kind: 'percent'; readonly percent: number }
  | { readonly kind: 'volume-share'; readonly impact: number };

export const NO_SLIPPAGE: SlippageSpec = { kind: 'none' };

/**
 * `price` slipped against the trader: buys up, sells down, then rounded to the mintick grid away
 * from the trader (buys up, sells down), so the slippage is never less than the formula's.
 * `share` is the bar-volume share for `volume-share` and ignored by the other kinds.
 */
export function slippedPrice(
  spec: SlippageSpec,
  price: number,
  buy: boolean,
  mintick: number,
  share: number,
): number {
  let amount: number;
  switch (spec.kind) {
    case 'none':
      return price;
    case 'ticks':
      return slipTicks(price, buy, spec.ticks, mintick);
    case 'percent':
      amount = (price * spec.percent) / 100;
      break;
    case 'volume-share':
      amount = price * spec.impact * share * share;
      break;
  }
  return buy ? ceilToTick(price + amount, mintick) : floorToTick(price - amount, mintick);
}

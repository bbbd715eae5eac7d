/**
 * Rounding at the broker's boundaries: order levels snap to the mintick grid in the direction
 * the price must travel to reach them, quantities snap down to the lot step.
 * Observed on TradingView's trade lists (PineForge corpus, bracket-exit-tp-sl-fixed-01): a sell
 * stop at 1813.65624 fills at 1813.65 and a sell limit at 1873.53379 at 1873.54.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_syminfo.mintick
 */

/**
 * Slack, in ticks, for a level that sits on a grid line but for floating-point noise. TradingView's
 * trades bracket it: an ATR take-profit at 3760.480000607 (6e-5 ticks above a line) fills at
 * 3760.48 (analyzer-parity-stop-limit-timing-01), one at 2275.920003895 (4e-4 ticks above) at
 * 2275.93 (oca-multi-bracket-isolation-01). 1e-4 lies between; 1e-5 and 1e-3 each lose probes.
 */
const GRID_EPSILON = 1e-4;

/** Decimal places of a step: 0.01 → 2, 0.25 → 2, 0.5 → 1, 1 → 0 (at most 12). */
function decimalsOf(step: number): number {
  if (!(step > 0)) return 0;
  for (let digits = 0; digits < 12; digits++) {
    const scaled = step * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * scaled) return digits;
  }
  return 12;
}

/** Removes binary noise (1813.6500000000001) from a value that is a whole number of steps. */
function clean(value: number, step: number): number {
  const digits = decimalsOf(step);
  return digits === 0 ? value : Number(value.toFixed(digits));
}

/** Next grid line at or above `price`: levels hit when the price rises (buy stop, sell limit). */
export function ceilToTick(price: number, tick: number): number {
  if (!(tick > 0) || !Number.isFinite(price)) return price;
  return clean(Math.ceil(price / tick - GRID_EPSILON) * tick, tick);
}

/** Grid line at or below `price`: levels hit when the price falls (sell stop, buy limit). */
export function floorToTick(price: number, tick: number): number {
  if (!(tick > 0) || !Number.isFinite(price)) return price;
  return clean(Math.floor(price / tick + GRID_EPSILON) * tick, tick);
}

/**
 * A limit level on the grid: buy limits are reached with the price falling (rounded down), sell
 * limits rising (rounded up). NaN stays NaN.
 */
export function limitOnGrid(price: number, buy: boolean, tick: number): number {
  return buy ? floorToTick(price, tick) : ceilToTick(price, tick);
}

/** A stop level on the grid: buy stops are reached rising (rounded up), sell stops falling. */
export function stopOnGrid(price: number, buy: boolean, tick: number): number {
  return buy ? ceilToTick(price, tick) : floorToTick(price, tick);
}

/**
 * `price` moved `ticks` whole ticks against the trader (buys up, sells down), on the grid away
 * from the trader: TradingView's `slippage` (TRADINGVIEW-SEMANTICS.md rule 8).
 */
export function slipTicks(price: number, buy: boolean, ticks: number, tick: number): number {
  return buy ? ceilToTick(price + ticks * tick, tick) : floorToTick(price - ticks * tick, tick);
}

/**
 * Slack, in steps, for quantities that should be a whole number of lots: 281.302 / 0.0001 is
 * 2813019.9999999995 in doubles, and sizes reach 10^8 steps where 1e-9 is below the double spacing.
 */
const QTY_EPSILON = 1e-6;

/** Quantity rounded down to the lot step (order sizes, percent exits, margin-call lots). */
export function floorToStep(qty: number, step: number): number {
  if (!(step > 0) || !Number.isFinite(qty)) return qty;
  return clean(Math.floor(qty / step + QTY_EPSILON) * step, step);
}

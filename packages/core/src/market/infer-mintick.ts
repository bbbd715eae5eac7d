/**
 * The price step of bars whose file does not say it: the coarsest decimal step (0.1, 0.01, …,
 * 1e-8) of which every open, high, low and close is a whole multiple. A CSV of EUR/USD quotes with
 * five decimals trades in steps of 0.00001, and stop levels such as `high + syminfo.mintick` must
 * use that step, not the 0.01 default (TradingView's built-in Keltner Channels Strategy on an FX
 * feed). The result is never coarser than the default: prices that happen to be round (whole
 * dollars) say nothing about a finer step the market may still have.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_syminfo.mintick
 */
import type { BarColumns } from './bars.ts';
import { DEFAULT_SYMBOL_INFO } from './symbol-info.ts';

/** Finest step looked for (SHIB/USDT quotes in 1e-8); more decimals are float noise, not ticks. */
const MAX_DECIMALS = 8;

export function inferMintick(
  columns: Pick<BarColumns, 'open' | 'high' | 'low' | 'close'>,
  fallback = DEFAULT_SYMBOL_INFO.mintick,
): number {
  const prices = [columns.open, columns.high, columns.low, columns.close];
  for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++) {
    const scale = 10 ** decimals;
    if (prices.every((column) => allWholeMultiples(column, scale))) {
      return Math.min(fallback, 1 / scale);
    }
  }
  return fallback;
}

/** Every value × scale is a whole number, up to the rounding of the decimal it was read from. */
function allWholeMultiples(values: Float64Array, scale: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const scaled = values[i]! * scale;
    const noise = 16 * Number.EPSILON * Math.max(1, Math.abs(scaled));
    if (Math.abs(scaled - Math.round(scaled)) > noise) return false;
  }
  return true;
}

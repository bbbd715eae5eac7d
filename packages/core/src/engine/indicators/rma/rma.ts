/** Wilder's moving average (TradingView's ta.rma): exponential smoothing with alpha = 1 / period. */
import { ExponentialSmoothing } from '../ema/ema.ts';

/**
 * RMA(period): seeded with the SMA of the first `period` inputs, then
 * `v = x / period + (1 - 1 / period) * v[1]`, as TradingView's ta.rma and Wilder (1978).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.rma
 */
export class RMA extends ExponentialSmoothing {
  constructor(period: number) {
    super(period, 1 / period);
  }
}

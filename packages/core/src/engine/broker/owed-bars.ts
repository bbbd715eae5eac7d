/**
 * Books bars the broker owes (late booking, BrokerEmulator and ADR 0007): the price range the
 * open trades went through, and each bar's close equity with the curve's peak, trough, max
 * drawdown and run-up. Booked late they equal what bar-by-bar booking gives: minimum and maximum
 * do not depend on grouping, and each bar's equity is the sum `strategy.equity` takes, in the
 * same order (TradeLedger.openProfit: from 0, trade by trade).
 *
 * Loops compare rather than call Math.min/max, whose NaN and −0 handling costs V8 unpredictable
 * branches. `bookHeldBars` is the other two fused for the common case, one trade held over bars
 * owed on both counts: one pass instead of two, and no per-bar branch on the case (measured 3 %
 * of the SMA-cross strategy benchmark).
 */
import type { Bars } from '../../market/bars.ts';
import type { EquityCurve } from './equity-curve.ts';
import { type OpenTrade, tradeOpenProfit } from './open-trade.ts';

/** The [lowest, highest] price of bars `from` through `through`, into `range`. */
export function owedRange(bars: Bars, from: number, through: number, range: Float64Array): void {
  const { open: opens, high: highs, low: lows, close: closes } = bars;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (let j = from; j <= through; j++) {
    const open = opens[j]!;
    const close = closes[j]!;
    let low = lows[j]!;
    let high = highs[j]!;
    if (open < low) low = open;
    if (close < low) low = close;
    if (open > high) high = open;
    if (close > high) high = close;
    if (low < lowest) lowest = low;
    if (high > highest) highest = high;
  }
  range[0] = lowest;
  range[1] = highest;
}

/**
 * The close equity of bars `from` through `through` onto `curve`, while `trades` stayed open and
 * unchanged and `cash` (initial capital plus net profit) stayed the same.
 */
export function bookOwedEquity(
  bars: Bars,
  from: number,
  through: number,
  trades: readonly OpenTrade[],
  cash: number,
  pointValue: number,
  curve: EquityCurve,
): void {
  const closes = bars.close;
  const byBar = curve.byBar;
  let peak = curve.peak;
  let trough = curve.trough;
  let drawdown = curve.maxDrawdown;
  let runup = curve.maxRunup;
  for (let j = from; j <= through; j++) {
    const close = closes[j]!;
    let openProfit = 0;
    for (let k = 0; k < trades.length; k++)
      openProfit += tradeOpenProfit(trades[k]!, close, pointValue);
    const equity = cash + openProfit;
    byBar[j] = equity;
    if (equity > peak) peak = equity;
    if (equity < trough) trough = equity;
    if (peak - equity > drawdown) {
      drawdown = peak - equity;
      curve.maxDrawdownPercent = (drawdown / peak) * 100;
    }
    if (equity - trough > runup) {
      runup = equity - trough;
      curve.maxRunupPercent = (runup / trough) * 100;
    }
  }
  curve.peak = peak;
  curve.trough = trough;
  curve.maxDrawdown = drawdown;
  curve.maxRunup = runup;
}

/** `owedRange` and `bookOwedEquity` in one pass, for bars over which one `trade` was held. */
export function bookHeldBars(
  bars: Bars,
  from: number,
  through: number,
  trade: OpenTrade,
  cash: number,
  pointValue: number,
  range: Float64Array,
  curve: EquityCurve,
): void {
  const { open: opens, high: highs, low: lows, close: closes } = bars;
  const { entryPrice, side, qty } = trade;
  const byBar = curve.byBar;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  let peak = curve.peak;
  let trough = curve.trough;
  let drawdown = curve.maxDrawdown;
  let runup = curve.maxRunup;
  for (let j = from; j <= through; j++) {
    const open = opens[j]!;
    const close = closes[j]!;
    let low = lows[j]!;
    let high = highs[j]!;
    if (open < low) low = open;
    if (close < low) low = close;
    if (open > high) high = open;
    if (close > high) high = close;
    if (low < lowest) lowest = low;
    if (high > highest) highest = high;
    const equity = cash + (0 + (close - entryPrice) * side * qty * pointValue);
    byBar[j] = equity;
    if (equity > peak) peak = equity;
    if (equity < trough) trough = equity;
    if (peak - equity > drawdown) {
      drawdown = peak - equity;
      curve.maxDrawdownPercent = (drawdown / peak) * 100;
    }
    if (equity - trough > runup) {
      runup = equity - trough;
      curve.maxRunupPercent = (runup / trough) * 100;
    }
  }
  range[0] = lowest;
  range[1] = highest;
  curve.peak = peak;
  curve.trough = trough;
  curve.maxDrawdown = drawdown;
  curve.maxRunup = runup;
}

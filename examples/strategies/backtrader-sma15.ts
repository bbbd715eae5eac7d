/** backtrader's SMA(15) test strategy (tests/test_strategy_unoptimized.py), ported to the Barwise strategy API. */
import type {
  BacktestSettings,
  IndicatorSeries,
  Order,
  SMA,
  Strategy,
  StrategyContext,
} from '@barwise/core';

export type Sma15Params = { period: number };

/**
 * Buys one unit when the close crosses above SMA(period) with no position, closes the position
 * when the close crosses below; at most one order pending at a time. A cross follows backtrader's
 * `CrossOver`: the last non-zero difference close − SMA changed sign and the current difference
 * is strictly on the other side.
 */
export class BacktraderSma15 implements Strategy<Sma15Params> {
  readonly name = 'backtrader-sma15';
  readonly params = {
    period: { default: 15, min: 1, description: 'SMA period (bars)' },
  };
  private sma!: IndicatorSeries<SMA>;
  private lastNonZeroDiff = Number.NaN;
  private pendingOrder = 0;

  init(ctx: StrategyContext<Sma15Params>): void {
    this.sma = ctx.indicators.sma(ctx.params.period);
    this.lastNonZeroDiff = Number.NaN;
    this.pendingOrder = 0;
  }

  onBar(ctx: StrategyContext<Sma15Params>): void {
    const sma = this.sma.value;
    if (Number.isNaN(sma)) return;
    const diff = ctx.bars.close.at() - sma;
    const before = this.lastNonZeroDiff;
    if (diff !== 0) this.lastNonZeroDiff = diff;
    const cross = before < 0 && diff > 0 ? 1 : before > 0 && diff < 0 ? -1 : 0;
    if (this.pendingOrder !== 0) return;
    if (ctx.position().qty === 0) {
      if (cross > 0) this.pendingOrder = ctx.buy({ qty: 1 }).id;
    } else if (cross < 0) {
      this.pendingOrder = ctx.close()?.id ?? 0;
    }
  }

  onOrder(_ctx: StrategyContext<Sma15Params>, order: Order): void {
    if (order.id === this.pendingOrder && order.status !== 'pending') this.pendingOrder = 0;
  }
}

/** The published stock-like run: cash 10,000, no commission, market orders at the next open. */
export const settings: BacktestSettings<Sma15Params> = {
  initialCash: 10_000,
  fillModel: 'next-open',
};

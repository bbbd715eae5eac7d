/** backtesting.py's `SmaCross` test strategy, ported to the Barwise strategy API. */
import {
  type BacktestSettings,
  crossover,
  type IndicatorSeries,
  type SMA,
  type Strategy,
  type StrategyContext,
} from '@barwise/core';

export type SmaCrossParams = { fast: number; slow: number };

/**
 * Long when the fast SMA of closes crosses above the slow one, short when it crosses below;
 * each cross closes the open position first. Orders use all available cash in whole units.
 * Reference: kernc/backtesting.py, backtesting/test/_test.py `SmaCross` and lib.crossover.
 */
export class SmaCross implements Strategy<SmaCrossParams> {
  readonly name = 'SmaCross';
  readonly params = {
    fast: { default: 10, min: 1, description: 'Fast SMA period (bars)' },
    slow: { default: 30, min: 1, description: 'Slow SMA period (bars)' },
  };
  private fast!: IndicatorSeries<SMA>;
  private slow!: IndicatorSeries<SMA>;

  init(ctx: StrategyContext<SmaCrossParams>): void {
    this.fast = ctx.indicators.sma(ctx.params.fast);
    this.slow = ctx.indicators.sma(ctx.params.slow);
  }

  onBar(ctx: StrategyContext<SmaCrossParams>): void {
    if (crossover(this.fast, this.slow)) {
      ctx.close();
      ctx.buy({ qty: ALL_AVAILABLE });
    } else if (crossover(this.slow, this.fast)) {
      ctx.close();
      ctx.sell({ qty: ALL_AVAILABLE });
    }
  }
}

/**
 * The published run: `Backtest(GOOG, SmaCross, finalize_trades=True)` — cash 10,000, no
 * commission, market orders at the next open, the last trade closed at the end.
 */
export const settings: BacktestSettings<SmaCrossParams> = {
  initialCash: 10_000,
  fillModel: 'next-open',
  closeAtEnd: 'replay-last-bar',
};

/** backtesting.py's default order size `1 − sys.float_info.epsilon`: all available funds. */
const ALL_AVAILABLE = { fraction: 1 - Number.EPSILON };

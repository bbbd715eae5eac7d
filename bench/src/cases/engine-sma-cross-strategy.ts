/** The engine benchmarks' strategy: an SMA(10)/SMA(30) cross reversing one unit with market orders, on every feed it is given. */
import {
  crossover,
  type IndicatorSeries,
  type SMA,
  type Strategy,
  type StrategyContext,
} from '@barwise/core';

type Params = { fast: number; slow: number };

interface Leg {
  readonly symbol: string;
  readonly fast: IndicatorSeries<SMA>;
  readonly slow: IndicatorSeries<SMA>;
}

/**
 * Long one unit when the fast SMA of closes crosses above the slow one, short one unit when it
 * crosses below (closing the other side first), per symbol. `feeds` are feed keys (tickers);
 * none = the primary feed only.
 */
export class SmaCrossEachFeed implements Strategy<Params> {
  readonly name = 'sma-cross-each-feed';
  readonly params = {
    fast: { default: 10, min: 1, description: 'Fast SMA period (bars)' },
    slow: { default: 30, min: 1, description: 'Slow SMA period (bars)' },
  };
  private legs: Leg[] = [];

  constructor(private readonly feeds: readonly string[] = []) {}

  init(ctx: StrategyContext<Params>): void {
    const keys = this.feeds.length > 0 ? this.feeds : [ctx.bars.key];
    this.legs = keys.map((key) => ({
      symbol: ctx.feed(key).bars.symbol.ticker,
      fast: ctx.indicators.sma(ctx.params.fast, 'close', key),
      slow: ctx.indicators.sma(ctx.params.slow, 'close', key),
    }));
  }

  onBar(ctx: StrategyContext<Params>): void {
    for (const { symbol, fast, slow } of this.legs) {
      if (crossover(fast, slow)) {
        ctx.close(symbol);
        ctx.buy({ symbol, qty: 1 });
      } else if (crossover(slow, fast)) {
        ctx.close(symbol);
        ctx.sell({ symbol, qty: 1 });
      }
    }
  }
}

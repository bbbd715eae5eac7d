/** A test strategy that trades only with price orders: stop and limit entries in one OCO group, each with a bracket. */
import type { Strategy, StrategyContext } from '../strategy/strategy.ts';

type Params = { lookback: number; patience: number };

/**
 * When flat with nothing working: a buy stop at the highest high and a buy limit at the lowest low
 * of the last `lookback` bars, in one OCO group, each with a take-profit and a stop-loss bracket.
 * Entries left unfilled for `patience` bars are cancelled. Every kind of order the exchange
 * matches (limit, stop, bracket legs, OCO cancels, gaps through levels) shows up on real bars.
 */
export function bracketBreakout(qty = 10): Strategy<Params> {
  let placedAt = -1;
  return {
    name: 'bracket-breakout',
    params: {
      lookback: { default: 10, min: 2, description: 'Bars for the high and low (bars)' },
      patience: { default: 5, min: 1, description: 'Bars an entry may wait (bars)' },
    },
    init: () => {
      placedAt = -1;
    },
    onBar(ctx: StrategyContext<Params>) {
      const { lookback, patience } = ctx.params;
      if (ctx.bars.length < lookback || ctx.position().qty !== 0) return;
      if (ctx.openOrders().length > 0) {
        if (ctx.step - placedAt >= patience) ctx.cancelAll();
        return;
      }
      let high = Number.NEGATIVE_INFINITY;
      let low = Number.POSITIVE_INFINITY;
      for (let k = 0; k < lookback; k++) {
        high = Math.max(high, ctx.bars.high.at(k));
        low = Math.min(low, ctx.bars.low.at(k));
      }
      const ocoGroup = `entry-${ctx.step}`;
      ctx.buy({ qty, stop: high, takeProfit: high * 1.06, stopLoss: high * 0.97, ocoGroup });
      ctx.buy({ qty, limit: low, takeProfit: low * 1.04, stopLoss: low * 0.95, ocoGroup });
      placedAt = ctx.step;
    },
  };
}

/** One call for the run loop: the broker emulator and the Pine `strategy` namespace for a declaration. */
import { BrokerEmulator } from '../../../engine/broker/broker-emulator.ts';
import type { Bars } from '../../../market/bars.ts';
import type { StrategyArgs } from './strategy-config.ts';
import { strategyBrokerConfig } from './strategy-config.ts';
import { PineStrategy } from './strategy-namespace.ts';

/**
 * `args` are the `strategy(...)` arguments by Pine name; `lowerBars` feed the bar magnifier when
 * the declaration asks for it. The loop then calls `broker.beforeScript(i)`, runs the script,
 * `broker.afterScript(i)`, and `broker.finish()` at the end.
 */
export function createStrategy(args: StrategyArgs, bars: Bars, lowerBars?: Bars): PineStrategy {
  const broker = new BrokerEmulator(strategyBrokerConfig(args, bars.symbol), bars, lowerBars);
  const currency =
    typeof args.currency === 'string' && args.currency !== 'NONE'
      ? args.currency
      : bars.symbol.currency;
  return new PineStrategy(broker, currency);
}

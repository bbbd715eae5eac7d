/** Pine `strategy.*` runtime: the per-run namespace over the engine's broker emulator. */
export { createStrategy } from './create-strategy.ts';
export type { StrategyArgs } from './strategy-config.ts';
export { strategyBrokerConfig } from './strategy-config.ts';
export { PineStrategy } from './strategy-namespace.ts';
export { ClosedTrades, OpenTrades } from './trade-accessors.ts';

/** Pine run speed with the broker emulator: SMA 10/30 reversals, fixed size (target ≥ 5 M bars/s, ≥ 100× PineTS). */
import { pineRunCase } from './pine-peer.ts';

export const pineSmaCrossStrategy = pineRunCase({
  name: 'pine-sma-cross-strategy',
  what: 'strategy entering long on the SMA 10/30 crossover and short on the crossunder, qty 1',
  source: `//@version=6
strategy("sma cross strategy", default_qty_type = strategy.fixed, default_qty_value = 1)
fast = ta.sma(close, 10)
slow = ta.sma(close, 30)
if ta.crossover(fast, slow)
    strategy.entry("Long", strategy.long)
if ta.crossunder(fast, slow)
    strategy.entry("Short", strategy.short)
`,
  minBarsPerSecond: 5_000_000,
  minRatioToPineTs: 100,
});

/** Pine run speed: an SMA 10/30 crossover indicator (target ≥ 10 M bars/s, ≥ 200× PineTS). */
import { pineRunCase } from './pine-peer.ts';

export const pineSmaCross = pineRunCase({
  name: 'pine-sma-cross',
  what: 'indicator plotting ta.crossover(ta.sma(close, 10), ta.sma(close, 30))',
  source: `//@version=6
indicator("sma cross")
fast = ta.sma(close, 10)
slow = ta.sma(close, 30)
plot(ta.crossover(fast, slow) ? 1 : 0)
`,
  minBarsPerSecond: 10_000_000,
  minRatioToPineTs: 200,
});

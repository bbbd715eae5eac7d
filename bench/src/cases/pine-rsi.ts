/** Pine run speed: ta.rsi(close, 14) (target ≥ 10 M bars/s, ≥ 200× PineTS). */
import { pineRunCase } from './pine-peer.ts';

export const pineRsi = pineRunCase({
  name: 'pine-rsi',
  what: 'indicator plotting ta.rsi(close, 14)',
  source: `//@version=6
indicator("rsi")
plot(ta.rsi(close, 14))
`,
  minBarsPerSecond: 10_000_000,
  minRatioToPineTs: 200,
});

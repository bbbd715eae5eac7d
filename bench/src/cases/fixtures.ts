/** The benchmarks' shared data: seeded synthetic minute bars. */
import { type Bars, parseTimeframe, symbolInfo, syntheticBars } from '@barwise/core';

export function minuteBars(count: number): Bars {
  return syntheticBars({
    symbol: symbolInfo('BENCH'),
    timeframe: parseTimeframe('1'),
    bars: count,
    seed: 7,
    start: Date.UTC(2020, 0, 1),
  });
}

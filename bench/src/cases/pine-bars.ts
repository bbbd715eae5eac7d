/** The bars every Pine run benchmark uses: 1,000,000 seeded synthetic one-minute bars. */
import { type Bars, parseTimeframe, symbolInfo, syntheticBars } from '@barwise/core';

export const PINE_BARS = 1_000_000;

export function pineBenchBars(count = PINE_BARS): Bars {
  return syntheticBars({
    symbol: symbolInfo('X'),
    timeframe: parseTimeframe('1'),
    bars: count,
    seed: 11,
    start: Date.UTC(2020, 0, 1),
  });
}

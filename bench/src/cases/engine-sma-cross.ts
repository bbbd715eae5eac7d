/** Engine kernel speed: a TypeScript SMA 10/30 cross with market orders on 1,000,000 bars (target ≥ 5 M bars/s). */
import { runBacktest } from '@barwise/core';
import type { BenchCase } from '../bench-case.ts';
import { SmaCrossEachFeed } from './engine-sma-cross-strategy.ts';
import { minuteBars } from './fixtures.ts';

const BARS = 1_000_000;

export const engineSmaCross: BenchCase = {
  name: 'engine-sma-cross',
  description:
    'runBacktest: TypeScript SMA(10)/SMA(30) cross reversing 1 unit with market orders, 1,000,000 one-minute bars',
  itemsPerOp: BARS,
  unit: 'bars',
  target: { minItemsPerSecond: 5_000_000 },
  async setup() {
    const bars = minuteBars(BARS);
    const strategy = new SmaCrossEachFeed();
    return { run: () => runBacktest({ strategy, data: bars }) };
  },
};

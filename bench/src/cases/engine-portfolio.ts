/** Engine portfolio speed: the SMA 10/30 cross on each of 100 symbols × 100,000 bars aligned in time, one account. */
import {
  type FeedInput,
  parseTimeframe,
  runBacktest,
  symbolInfo,
  syntheticBars,
} from '@barwise/core';
import type { BenchCase } from '../bench-case.ts';
import { SmaCrossEachFeed } from './engine-sma-cross-strategy.ts';

const SYMBOLS = 100;
const BARS = 100_000;

export const enginePortfolio: BenchCase = {
  name: 'engine-portfolio',
  description: `runBacktest: SMA(10)/SMA(30) cross on each of ${SYMBOLS} symbols × ${BARS.toLocaleString('en-US')} one-minute bars aligned in time, one account (bars/s counts all symbols' bars)`,
  itemsPerOp: SYMBOLS * BARS,
  unit: 'bars',
  iterations: 3,
  async setup() {
    const feeds: FeedInput[] = Array.from({ length: SYMBOLS }, (_, k) => ({
      bars: syntheticBars({
        symbol: symbolInfo(`S${String(k).padStart(3, '0')}`),
        timeframe: parseTimeframe('1'),
        bars: BARS,
        seed: 1000 + k,
        start: Date.UTC(2020, 0, 1),
      }),
    }));
    const strategy = new SmaCrossEachFeed(feeds.map((f) => f.bars.symbol.ticker));
    return { run: () => runBacktest({ strategy, data: feeds }) };
  },
};

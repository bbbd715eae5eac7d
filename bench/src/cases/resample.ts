/** Resampling 1,000,000 one-minute bars to 15 minutes (TradingView's higher-timeframe bars). */
import { parseTimeframe, resampleBars } from '@barwise/core';
import type { BenchCase } from '../bench-case.ts';
import { minuteBars } from './fixtures.ts';

const BARS = 1_000_000;

export const resample: BenchCase = {
  name: 'resample-1m-to-15',
  description: 'resample 1,000,000 one-minute bars (24x7, UTC) to 15-minute bars',
  itemsPerOp: BARS,
  unit: 'bars',
  async setup() {
    const bars = minuteBars(BARS);
    const target = parseTimeframe('15');
    return { run: () => resampleBars(bars, target) };
  },
};

/** Generating 1,000,000 seeded synthetic one-minute bars. */
import type { BenchCase } from '../bench-case.ts';
import { minuteBars } from './fixtures.ts';

const BARS = 1_000_000;

export const synthetic: BenchCase = {
  name: 'synthetic-1m',
  description: 'generate 1,000,000 synthetic one-minute bars (regimes, gaps, mintick rounding)',
  itemsPerOp: BARS,
  unit: 'bars',
  async setup() {
    return { run: () => minuteBars(BARS) };
  },
};

/** Loading 1,000,000 stored bars into columnar Bars (issue 2: < 150 ms on these machines). */
import type { BenchCase } from '../bench-case.ts';
import { minuteBars } from './fixtures.ts';
import { temporaryBarwise } from './temporary-barwise.ts';

const BARS = 1_000_000;

export const candleStoreLoad: BenchCase = {
  name: 'candle-store-load-1m',
  description: 'load 1,000,000 one-minute bars from the embedded SQLite candle store',
  itemsPerOp: BARS,
  unit: 'bars',
  target: { maxMsPerOp: 150 },
  async setup() {
    const { app, dispose } = await temporaryBarwise();
    const { dataset } = await app.candles.write(minuteBars(BARS), {
      source: 'bench',
      origin: 'bench',
    });
    return {
      run: async () => {
        const bars = await app.candles.load(dataset);
        if (bars.length !== BARS) throw new Error(`loaded ${bars.length} bars`);
      },
      teardown: dispose,
    };
  },
};

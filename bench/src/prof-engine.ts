import { runBacktest } from '@barwise/core';
import { SmaCrossEachFeed } from './cases/engine-sma-cross-strategy.ts';
import { minuteBars } from './cases/fixtures.ts';

const bars = minuteBars(1_000_000);
const strategy = new SmaCrossEachFeed();
for (let k = 0; k < 14; k++) {
  const t = performance.now();
  const r = runBacktest({ strategy, data: bars });
  const ms = performance.now() - t;
  console.log(k, ms.toFixed(1), r.trades.length);
}

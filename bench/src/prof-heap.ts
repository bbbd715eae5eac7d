import { runBacktest } from '@barwise/core';
import { SmaCrossEachFeed } from './cases/engine-sma-cross-strategy.ts';
import { minuteBars } from './cases/fixtures.ts';
const gc = (globalThis as any).gc as () => void;
gc(); const b0 = process.memoryUsage().heapUsed;
const bars = minuteBars(1_000_000);
const strategy = new SmaCrossEachFeed();
gc(); const base = process.memoryUsage().heapUsed;
let r: any = runBacktest({ strategy, data: bars });
gc(); const withR = process.memoryUsage().heapUsed;
console.log('before bars', (b0/1e6).toFixed(1), 'base', (base/1e6).toFixed(1), 'retained by result MB', ((withR - base) / 1e6).toFixed(1));
const parts: Record<string, unknown> = { orders: r.orders, fills: r.fills, trades: r.trades, equity: r.equity };
r = null;
for (const k of Object.keys(parts)) {
  gc(); const before = process.memoryUsage().heapUsed;
  parts[k] = null;
  gc(); console.log(k, ((before - process.memoryUsage().heapUsed) / 1e6).toFixed(1), 'MB');
}

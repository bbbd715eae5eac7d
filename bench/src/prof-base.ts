import * as core from '@barwise/core';

const gc = (globalThis as any).gc as () => void;
gc();
console.log(
  'heap MB after importing core',
  (process.memoryUsage().heapUsed / 1e6).toFixed(1),
  Object.keys(core).length,
);

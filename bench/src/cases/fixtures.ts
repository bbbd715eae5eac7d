/** Data the benchmarks share: seeded synthetic minute bars and a throw-away data folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Bars, parseTimeframe, symbolInfo, syntheticBars } from '@barwise/core';
import { type Barwise, openBarwise } from '@barwise/server';

export function minuteBars(count: number): Bars {
  return syntheticBars({
    symbol: symbolInfo('BENCH'),
    timeframe: parseTimeframe('1'),
    bars: count,
    seed: 7,
    start: Date.UTC(2020, 0, 1),
  });
}

/** A Barwise on the embedded SQLite default in a temporary folder, removed by `dispose`. */
export async function temporaryBarwise(): Promise<{
  app: Barwise;
  dir: string;
  dispose: () => Promise<void>;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'barwise-bench-'));
  const app = await openBarwise({ dataDir: dir, databaseUrl: undefined });
  return {
    app,
    dir,
    async dispose() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

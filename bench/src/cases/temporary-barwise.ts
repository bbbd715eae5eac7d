/** A throw-away Barwise for the storage benchmarks (kept apart so other cases do not load the server). */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Barwise, openBarwise } from '@barwise/server';

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

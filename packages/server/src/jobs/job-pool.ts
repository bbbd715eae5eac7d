/** The worker-thread pool jobs run in, sized to the machine; its workers load TypeScript via tsx. */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { JobTaskMessage } from './run-job-task.ts';

export type JobPool = Piscina<JobTaskMessage, unknown>;

/** All cores, less one for the server's own thread when there are more than two. */
export function defaultPoolThreads(cores = os.availableParallelism()): number {
  return cores > 2 ? cores - 1 : cores;
}

export function createJobPool(threads: number): JobPool {
  if (!Number.isInteger(threads) || threads < 1)
    throw new Error(`a job pool needs at least one thread, not ${threads}`);
  return new Piscina<JobTaskMessage, unknown>({
    filename: fileURLToPath(new URL('./job-worker.mjs', import.meta.url)),
    minThreads: 0,
    maxThreads: threads,
    // Workers that sit idle this long exit; the next job starts one again (≈0.3 s for tsx).
    idleTimeout: 60_000,
  });
}

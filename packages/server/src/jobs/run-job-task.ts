/**
 * Runs one job task inside a pool worker: imports the kind's worker module, hands it a progress
 * reporter that posts to the main thread and a cancellation flag it can read between bars.
 */
import type { MessagePort } from 'node:worker_threads';
import type { JobTask } from './job-kind.ts';

export interface JobTaskMessage {
  /** File URL of the module whose default export is the JobTask. */
  readonly module: string;
  readonly input: unknown;
  /** Receives ProgressMessages. */
  readonly port: MessagePort;
  /** One Int32: non-zero once the job is cancelled (shared memory, so a busy loop sees it). */
  readonly cancel: SharedArrayBuffer;
}

export interface ProgressMessage {
  readonly fraction: number;
  readonly message?: string | undefined;
}

export async function runJobTask(task: JobTaskMessage): Promise<unknown> {
  const module = (await import(task.module)) as { default?: unknown };
  if (typeof module.default !== 'function')
    throw new Error(`${task.module} has no default export to run as a job task`);
  const run = module.default as JobTask;
  const flag = new Int32Array(task.cancel);
  try {
    return await run(task.input, {
      progress(fraction, message) {
        const report: ProgressMessage = { fraction, message };
        task.port.postMessage(report);
      },
      signal: {
        get aborted() {
          return Atomics.load(flag, 0) !== 0;
        },
      },
    });
  } finally {
    task.port.close();
  }
}

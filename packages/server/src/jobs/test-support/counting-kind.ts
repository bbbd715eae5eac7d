/** Main-thread side of the contract suite's job kind: outputs are kept in memory per job id. */
import type { JobKind } from '../job-kind.ts';
import type { CountingInput } from './counting-task.ts';

export interface CountingKind extends JobKind<CountingInput, CountingInput, { counted: number }> {
  /** Output stored by `complete`, per job id, and how many times each was stored. */
  readonly outputs: Map<string, { counted: number; stored: number }>;
}

export function countingKind(): CountingKind {
  const outputs = new Map<string, { counted: number; stored: number }>();
  return {
    kind: 'counting',
    worker: new URL('./counting-task.ts', import.meta.url),
    outputs,
    async prepare(payload) {
      return { input: payload };
    },
    async complete(_db, _payload, output, job) {
      const stored = (outputs.get(job.id)?.stored ?? 0) + 1;
      outputs.set(job.id, { counted: output.counted, stored });
    },
  };
}

/** Worker side of the contract suite's job kind: counts steps with progress, fails or waits on request. */
import type { JobTask } from '../job-kind.ts';

export interface CountingInput {
  readonly steps: number;
  /** Throw this message instead of finishing. */
  readonly fail?: string | undefined;
  /** `cancellable` waits until cancelled; `stubborn` waits forever, ignoring cancellation. */
  readonly wait?: 'cancellable' | 'stubborn' | undefined;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks the thread like a long synchronous backtest does, without burning a core. */
const block = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

const countingTask: JobTask<CountingInput, { counted: number }> = (input, context) => {
  if (input.wait) {
    context.progress(0.5, 'waiting');
    while (input.wait === 'stubborn' || !context.signal.aborted) block(5);
    throw new Error('stopped by its signal');
  }
  for (let i = 1; i <= input.steps; i++) context.progress(i / input.steps, `step ${i}`);
  if (input.fail) throw new Error(`${input.fail}\nsecond line of the message`);
  return { counted: input.steps };
};

export default countingTask;

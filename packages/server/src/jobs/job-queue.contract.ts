/**
 * What every JobQueue must do (the interface's promises in job-queue.ts): stored before enqueue
 * returns, queued → running → succeeded | failed | cancelled, throttled progress reaching 1,
 * cancellation that stops the task, each job run once even with two queues on one store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from './job.ts';
import type { JobQueue } from './job-queue.ts';
import { type CountingKind, countingKind } from './test-support/counting-kind.ts';

export interface JobQueueHarness {
  readonly queue: JobQueue;
  /** Another queue on the same store, as a second server process would have. */
  another(): Promise<JobQueue>;
  close(): Promise<void>;
}

const TERMINAL = ['succeeded', 'failed', 'cancelled'];

/** Resolves with the first job the queue reports (now or later) that `until` accepts. */
export function waitForJob(queue: JobQueue, id: string, until: (job: Job) => boolean) {
  return new Promise<Job>((resolve, reject) => {
    const unsubscribe = queue.subscribe(id, (job) => {
      if (!until(job)) return;
      unsubscribe();
      resolve(job);
    });
    queue.get(id).then((job) => {
      if (!job || !until(job)) return;
      unsubscribe();
      resolve(job);
    }, reject);
  });
}

export const finished = (queue: JobQueue, id: string) =>
  waitForJob(queue, id, (job) => TERMINAL.includes(job.state));

export function jobQueueContract(
  name: string,
  open: (kind: CountingKind) => Promise<JobQueueHarness>,
): void {
  describe(`JobQueue contract: ${name}`, () => {
    let kind: CountingKind;
    let harness: JobQueueHarness;
    let queue: JobQueue;

    beforeEach(async () => {
      kind = countingKind();
      harness = await open(kind);
      queue = harness.queue;
    });
    afterEach(() => harness.close());

    it('stores the job as queued before enqueue returns, and lists it by state', async () => {
      const job = await queue.enqueue({ kind: 'counting', payload: { steps: 1 } });
      expect(job).toMatchObject({ state: 'queued', progress: 0, attempts: 0, error: null });
      expect(await queue.get(job.id)).toEqual(job);
      expect((await queue.list({ state: 'queued' })).map((j) => j.id)).toEqual([job.id]);
      expect(await queue.list({ state: 'running' })).toEqual([]);
    });

    it('stores nothing when a record written alongside fails', async () => {
      const failing = queue.enqueue({
        kind: 'counting',
        payload: { steps: 1 },
        id: 'j-alongside',
        alongside: async () => {
          throw new Error('backtest row rejected');
        },
      });
      await expect(failing).rejects.toThrow('backtest row rejected');
      expect(await queue.get('j-alongside')).toBeUndefined();
    });

    it('rejects a kind it cannot run', async () => {
      await expect(queue.enqueue({ kind: 'nope', payload: {} })).rejects.toThrow(/"nope"/);
    });

    it('runs a job in a worker thread to succeeded, progress rising to 1, stored once', async () => {
      const job = await queue.enqueue({ kind: 'counting', payload: { steps: 1000 } });
      const seen: Job[] = [];
      const unsubscribe = queue.subscribe(job.id, (j) => seen.push(j));
      await queue.start();
      const done = await finished(queue, job.id);
      unsubscribe();
      expect(done).toMatchObject({ state: 'succeeded', progress: 1, attempts: 1, error: null });
      expect(done.startedAt).not.toBeNull();
      expect(done.finishedAt).not.toBeNull();
      // counting-task.ts counts the 1000 steps it was given.
      expect(kind.outputs.get(job.id)).toEqual({ counted: 1000, stored: 1 });
      const progress = seen.map((j) => j.progress);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(progress.at(-1)).toBe(1);
      // Throttled: 1000 reports are not 1000 stored changes.
      expect(seen.length).toBeLessThan(1000);
    });

    it('fails a job whose task throws, keeping the first line of the message', async () => {
      await queue.start();
      const job = await queue.enqueue({
        kind: 'counting',
        payload: { steps: 3, fail: 'bad.pine:3:5: error: nope' },
      });
      expect(await finished(queue, job.id)).toMatchObject({
        state: 'failed',
        error: 'bad.pine:3:5: error: nope',
      });
      expect(kind.outputs.has(job.id)).toBe(false);
    });

    it('cancels a queued job: it never runs', async () => {
      const job = await queue.enqueue({ kind: 'counting', payload: { steps: 1 } });
      expect(await queue.cancel(job.id)).toMatchObject({ state: 'cancelled' });
      const after = await queue.enqueue({ kind: 'counting', payload: { steps: 1 } });
      await queue.start();
      await finished(queue, after.id);
      expect((await queue.get(job.id))?.state).toBe('cancelled');
      expect(kind.outputs.has(job.id)).toBe(false);
    });

    it('cancels a running task through its signal; the pool runs the next job', async () => {
      await queue.start();
      const job = await queue.enqueue({
        kind: 'counting',
        payload: { steps: 1, wait: 'cancellable' },
      });
      await waitForJob(queue, job.id, (j) => j.message === 'waiting');
      expect(await queue.cancel(job.id)).toMatchObject({ state: 'cancelled' });
      const next = await queue.enqueue({ kind: 'counting', payload: { steps: 2 } });
      expect(await finished(queue, next.id)).toMatchObject({ state: 'succeeded' });
      expect(await queue.get(job.id)).toMatchObject({ state: 'cancelled', error: null });
    });

    it('stops a task that ignores its signal by stopping its worker thread', async () => {
      await queue.start();
      const job = await queue.enqueue({
        kind: 'counting',
        payload: { steps: 1, wait: 'stubborn' },
      });
      await waitForJob(queue, job.id, (j) => j.message === 'waiting');
      await queue.cancel(job.id);
      const next = await queue.enqueue({ kind: 'counting', payload: { steps: 2 } });
      expect(await finished(queue, next.id)).toMatchObject({ state: 'succeeded' });
      expect((await queue.get(job.id))?.state).toBe('cancelled');
    });

    it('leaves a finished job as it is when cancelled', async () => {
      await queue.start();
      const job = await queue.enqueue({ kind: 'counting', payload: { steps: 1 } });
      const done = await finished(queue, job.id);
      expect(await queue.cancel(job.id)).toEqual(done);
      expect(await queue.cancel('no-such-job')).toBeUndefined();
    });

    it('runs each job once when two queues share the store', async () => {
      const other = await harness.another();
      const jobs = await Promise.all(
        Array.from({ length: 12 }, () =>
          queue.enqueue({ kind: 'counting', payload: { steps: 5 } }),
        ),
      );
      await Promise.all([queue.start(), other.start()]);
      const states = await Promise.all(jobs.map((j) => finished(queue, j.id)));
      expect(states.map((j) => j.state)).toEqual(jobs.map(() => 'succeeded'));
      expect(jobs.map((j) => kind.outputs.get(j.id)?.stored)).toEqual(jobs.map(() => 1));
      await other.stop();
    });

    it('stop() puts a running job back in the queue with its attempt given back', async () => {
      await queue.start();
      const job = await queue.enqueue({
        kind: 'counting',
        payload: { steps: 1, wait: 'cancellable' },
      });
      await waitForJob(queue, job.id, (j) => j.message === 'waiting');
      await queue.stop();
      expect(await queue.get(job.id)).toMatchObject({ state: 'queued', attempts: 0 });
    });
  });
}

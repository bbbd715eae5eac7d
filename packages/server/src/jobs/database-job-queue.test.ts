import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database.ts';
import type { JobTable } from '../store/schema.ts';
import { testDatabases } from '../test-support/databases.ts';
import { DatabaseJobQueue, INTERRUPTED_ERROR } from './database-job-queue.ts';
import { defaultPoolThreads } from './job-pool.ts';
import { finished, jobQueueContract } from './job-queue.contract.ts';
import { type CountingKind, countingKind } from './test-support/counting-kind.ts';

const FAST = { threads: 2, pollMs: 20, heartbeatMs: 50, cancelGraceMs: 200 } as const;

describe('defaultPoolThreads', () => {
  // The brief: every core, leaving one for the server when there are more than two.
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [8, 7],
  ])('%i cores → %i threads', (cores, threads) => {
    expect(defaultPoolThreads(cores)).toBe(threads);
  });
});

for (const target of await testDatabases()) {
  jobQueueContract(`DatabaseJobQueue on ${target.name}`, async (kind) => {
    const database = await target.open();
    const queues = [new DatabaseJobQueue({ database, kinds: [kind], ...FAST })];
    return {
      queue: queues[0]!,
      async another() {
        const other = new DatabaseJobQueue({ database, kinds: [kind], ...FAST, owner: 'other@x' });
        queues.push(other);
        return other;
      },
      async close() {
        for (const queue of queues) await queue.stop();
        await database.close();
      },
    };
  });

  describe(`DatabaseJobQueue recovery on ${target.name}`, () => {
    let database: Database;
    let kind: CountingKind;
    let queue: DatabaseJobQueue;
    const hour = 3_600_000;
    // pid_max on Linux is at most 2^22, so this pid names no process on this host.
    const deadOwner = `99999999@${os.hostname()}`;

    /** A job row as a process that was killed while running it left it. */
    const orphan = (id: string, change: Partial<JobTable>): JobTable => ({
      id,
      kind: 'counting',
      state: 'running',
      payload: JSON.stringify({ steps: 3 }),
      progress: 0.4,
      message: null,
      error: null,
      attempts: 1,
      owner: deadOwner,
      heartbeat_at: new Date().toISOString(),
      created_at: new Date(Date.now() - hour).toISOString(),
      started_at: new Date().toISOString(),
      finished_at: null,
      ...change,
    });

    beforeEach(async () => {
      database = await target.open();
      kind = countingKind();
      queue = new DatabaseJobQueue({ database, kinds: [kind], ...FAST, staleAfterMs: 60_000 });
    });
    afterEach(async () => {
      await queue.stop();
      await database.close();
    });

    it('re-queues a job its dead process left running once, and runs it (attempt 2)', async () => {
      await database.db.insertInto('jobs').values(orphan('a', {})).execute();
      await queue.start();
      const done = await finished(queue, 'a');
      expect(done).toMatchObject({ state: 'succeeded', attempts: 2, error: null });
      expect(kind.outputs.get('a')).toEqual({ counted: 3, stored: 1 });
    });

    it('fails a job interrupted on its last attempt, saying why', async () => {
      await database.db
        .insertInto('jobs')
        .values(orphan('b', { attempts: 2 }))
        .execute();
      await queue.start();
      expect(await queue.get('b')).toMatchObject({
        state: 'failed',
        error: INTERRUPTED_ERROR,
        message: `its process ${deadOwner} is gone`,
      });
    });

    it('judges another host by its heartbeat: stale is orphaned, fresh is left alone', async () => {
      const stale = new Date(Date.now() - 2 * hour).toISOString();
      await database.db
        .insertInto('jobs')
        .values([
          orphan('stale', { owner: '1@elsewhere', heartbeat_at: stale }),
          orphan('fresh', { owner: '1@elsewhere' }),
        ])
        .execute();
      await queue.start();
      expect(await finished(queue, 'stale')).toMatchObject({ state: 'succeeded', attempts: 2 });
      expect(await queue.get('fresh')).toMatchObject({ state: 'running', owner: '1@elsewhere' });
    });

    it('treats its own pid@host found running at start as a previous run of itself', async () => {
      await database.db
        .insertInto('jobs')
        .values(orphan('c', { owner: queue.owner }))
        .execute();
      await queue.start();
      expect(await finished(queue, 'c')).toMatchObject({ state: 'succeeded', attempts: 2 });
    });
  });
}

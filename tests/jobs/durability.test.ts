/**
 * Jobs survive a crash: a job-host process is SIGKILLed while it runs backtests, a new one starts
 * on the same SQLite data folder, and every one of 50 submitted backtests ends exactly once —
 * succeeded (the interrupted ones on their second attempt) or failed with a reason.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimeframe } from '@barwise/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBacktesting } from '../../packages/server/src/backtests/open-backtesting.ts';
import {
  COMPILE_ERROR,
  insertStrategy,
} from '../../packages/server/src/backtests/test-support/test-strategies.ts';
import { type Barwise, openBarwise } from '../../packages/server/src/barwise.ts';
import { synthesizeDataset } from '../../packages/server/src/data/synthesize-dataset.ts';

const HOST = fileURLToPath(
  new URL('../../packages/server/src/jobs/test-support/job-host.ts', import.meta.url),
);

/** A bounded loop on every bar keeps each backtest busy long enough to be caught running. */
const BUSY = `//@version=6
strategy("Busy")
float s = 0.0
for i = 0 to 3000
    s += math.sqrt(i)
if s > 0 and bar_index % 50 == 0
    strategy.entry("L", strategy.long)
if bar_index % 50 == 25
    strategy.close("L")
`;

const JOBS = 50;
const BROKEN = 5;

function startHost(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOST, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`job host exited with ${code} before ready`)));
    child.stdout!.once('data', () => resolve(child));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once('exit', () => resolve()),
  );

describe('job durability across a killed process', () => {
  let dataDir: string;
  let barwise: Barwise;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'barwise-durability-'));
    barwise = await openBarwise({ dataDir, databaseUrl: undefined });
  });
  afterAll(async () => {
    await barwise.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const states = async () => {
    const rows = await barwise.database.db.selectFrom('jobs').select(['id', 'state']).execute();
    const count = (state: string) => rows.filter((r) => r.state === state).length;
    return {
      rows,
      succeeded: count('succeeded'),
      running: count('running'),
      queued: count('queued'),
    };
  };
  const poll = async (until: (s: Awaited<ReturnType<typeof states>>) => boolean) => {
    for (;;) {
      const s = await states();
      if (until(s)) return s;
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  it('loses and duplicates no job when its runner is killed mid-run', {
    timeout: 240_000,
  }, async () => {
    const { dataset } = await synthesizeDataset(barwise.candles, {
      ticker: 'DUR',
      timeframe: parseTimeframe('D'),
      bars: 1500,
      seed: 11,
      start: Date.UTC(2018, 0, 1),
    });
    await insertStrategy(barwise.database, 'Busy', BUSY);
    await insertStrategy(barwise.database, 'Broken', COMPILE_ERROR);
    // This process only submits: its queue is never started.
    const { backtests } = openBacktesting(barwise);
    for (let i = 0; i < JOBS; i++)
      await backtests.create({
        strategyId: i % 10 === 3 ? 'Broken' : 'Busy',
        datasetId: dataset.id,
      });

    const first = await startHost(dataDir);
    const atKill = await poll((s) => s.succeeded >= 5 && s.running >= 1);
    first.kill('SIGKILL');
    await exited(first);
    const interrupted = atKill.rows.filter((r) => r.state === 'running').map((r) => r.id);

    const second = await startHost(dataDir);
    await poll((s) => s.queued === 0 && s.running === 0);
    second.kill('SIGTERM');
    await exited(second);

    const db = barwise.database.db;
    const jobs = await db.selectFrom('jobs').selectAll().execute();
    const rows = await db.selectFrom('backtests').select(['id', 'job_id', 'strategy_id']).execute();
    const results = await db.selectFrom('backtest_results').select('backtest_id').execute();
    expect(jobs).toHaveLength(JOBS);
    expect(rows).toHaveLength(JOBS);
    expect(new Set(rows.map((r) => r.job_id)).size).toBe(JOBS);
    for (const job of jobs) {
      if (job.state === 'failed') expect(job.error).toMatch(/\S/);
      else expect(job.state).toBe('succeeded');
    }
    // Every interrupted job ran again in the second process (attempt 2) and finished.
    const byId = new Map(jobs.map((j) => [j.id, j]));
    expect(interrupted.length).toBeGreaterThan(0);
    for (const id of interrupted) {
      expect(byId.get(id)).toMatchObject({ attempts: 2 });
      expect(['succeeded', 'failed']).toContain(byId.get(id)!.state);
    }
    // Broken strategies fail with their compile error; the rest succeed, each result stored once.
    const failed = jobs.filter((j) => j.state === 'failed');
    expect(failed).toHaveLength(BROKEN);
    for (const job of failed) expect(job.error).toMatch(/^Broken\.pine:3:5: error/);
    expect(results).toHaveLength(JOBS - BROKEN);
    expect(new Set(results.map((r) => r.backtest_id)).size).toBe(JOBS - BROKEN);
  });
});

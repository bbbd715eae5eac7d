import { describe, expect, it } from 'vitest';
import { INITIAL_PROGRESS, type JobEvent, jobProgressReducer } from './job-progress.ts';
import type { Job } from './types.ts';

const job = (state: Job['state'], progress: number, attempts = 1): Job => ({
  id: 'j1',
  kind: 'backtest',
  state,
  progress,
  message: null,
  error: state === 'failed' ? 'boom' : null,
  backtestId: 'b1',
  attempts,
  createdAt: '2024-01-01T00:00:00Z',
  startedAt: null,
  finishedAt: null,
});

const run = (events: JobEvent[]) => events.reduce(jobProgressReducer, INITIAL_PROGRESS);

describe('jobProgressReducer (contract: progress 0..1, `progress` events, then one `done`)', () => {
  it('turns the fraction into a whole percent: 0.256 → 26', () => {
    const p = run([{ type: 'progress', job: job('running', 0.256) }]);
    expect(p).toMatchObject({ state: 'running', percent: 26, finished: false });
  });

  it('follows a stream to done: queued 0 → 0.5 → succeeded shows 100 and is finished', () => {
    const p = run([
      { type: 'progress', job: job('queued', 0) },
      { type: 'progress', job: job('running', 0.5) },
      { type: 'done', job: job('succeeded', 1) },
    ]);
    expect(p).toMatchObject({ state: 'succeeded', percent: 100, finished: true });
  });

  it('never moves back within one attempt: 0.6 then a late poll of 0.4 stays at 60', () => {
    const p = run([
      { type: 'progress', job: job('running', 0.6) },
      { type: 'progress', job: job('running', 0.4) },
    ]);
    expect(p.percent).toBe(60);
  });

  it('starts over on a retry (attempts 1 → 2): 0.8 then 0.1 shows 10', () => {
    const p = run([
      { type: 'progress', job: job('running', 0.8, 1) },
      { type: 'progress', job: job('running', 0.1, 2) },
    ]);
    expect(p.percent).toBe(10);
  });

  it('ignores events after the terminal one', () => {
    const p = run([
      { type: 'done', job: job('failed', 0.3) },
      { type: 'progress', job: job('running', 0.9) },
    ]);
    expect(p).toMatchObject({ state: 'failed', percent: 30, finished: true });
  });

  it('a terminal state in a progress event finishes too (polling sees no `done`)', () => {
    expect(run([{ type: 'progress', job: job('cancelled', 0.2) }]).finished).toBe(true);
  });

  it('switches to polling when the stream fails, keeping what it knew', () => {
    const p = run([{ type: 'progress', job: job('running', 0.5) }, { type: 'stream-failed' }]);
    expect(p).toMatchObject({ transport: 'polling', percent: 50 });
  });

  it('clamps out-of-range fractions to 0..100', () => {
    expect(run([{ type: 'progress', job: job('running', 1.7) }]).percent).toBe(100);
    expect(run([{ type: 'progress', job: job('running', -0.2) }]).percent).toBe(0);
  });
});

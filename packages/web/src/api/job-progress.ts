/** Progress of one job as a reducer over Server-Sent Events and polling answers. */
import type { Job, JobState } from './types.ts';

export type JobEvent =
  /** `event: progress` (SSE) or a GET /jobs/:id answer while polling. */
  | { readonly type: 'progress'; readonly job: Job }
  /** `event: done`: the terminal job; the stream ends after it. */
  | { readonly type: 'done'; readonly job: Job }
  /** The EventSource failed; the page falls back to polling. */
  | { readonly type: 'stream-failed' };

export interface JobProgress {
  readonly job: Job | null;
  readonly state: JobState | 'connecting';
  /** 0..100, integer, never going back within one attempt. */
  readonly percent: number;
  readonly transport: 'events' | 'polling';
  readonly finished: boolean;
}

export const INITIAL_PROGRESS: JobProgress = {
  job: null,
  state: 'connecting',
  percent: 0,
  transport: 'events',
  finished: false,
};

const TERMINAL: ReadonlySet<JobState> = new Set(['succeeded', 'failed', 'cancelled']);

export const isTerminal = (state: JobState): boolean => TERMINAL.has(state);

/**
 * Rules: a finished job ignores later events (a poll answer may land after `done`); a retried job
 * (higher `attempts`) may start again from 0; within one attempt the bar only moves forward, so a
 * late poll answer cannot pull it back; success shows 100.
 */
export function jobProgressReducer(current: JobProgress, event: JobEvent): JobProgress {
  if (event.type === 'stream-failed') {
    return current.finished ? current : { ...current, transport: 'polling' };
  }
  if (current.finished) return current;
  const { job } = event;
  const finished = event.type === 'done' || isTerminal(job.state);
  const raw = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const sameAttempt = current.job !== null && current.job.attempts === job.attempts;
  let percent = sameAttempt ? Math.max(current.percent, raw) : raw;
  if (job.state === 'succeeded') percent = 100;
  return { ...current, job, state: job.state, percent, finished };
}

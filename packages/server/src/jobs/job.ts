/** A unit of background work as every job queue reports it: state, progress and attempts. */

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** States a job never leaves. */
export const TERMINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

export const isTerminal = (state: JobState): boolean => TERMINAL_STATES.includes(state);

export interface Job {
  readonly id: string;
  /** Which registered JobKind runs it (`backtest`). */
  readonly kind: string;
  readonly state: JobState;
  /** What the job needs to run, as JSON data (for a backtest, its id). */
  readonly payload: unknown;
  /** 0 … 1; 1 once succeeded. */
  readonly progress: number;
  /** What the job is doing, or why it was re-queued. */
  readonly message: string | null;
  /** One line saying why a failed job failed. */
  readonly error: string | null;
  /** Runs started so far (a job interrupted by a crash is re-queued once). */
  readonly attempts: number;
  /** `pid@host` of the process running it. */
  readonly owner: string | null;
  /** ISO times. */
  readonly heartbeatAt: string | null;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

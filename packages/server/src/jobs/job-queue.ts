/**
 * The job queue every deployment uses: durable jobs with progress and cancellation. The default
 * is DatabaseJobQueue (jobs table, worker-thread pool); a Redis/BullMQ queue can implement the
 * same interface later (docs/adr/0008). Every implementation passes job-queue.contract.ts.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.ts';
import type { Job, JobState } from './job.ts';

export interface EnqueueRequest {
  readonly kind: string;
  /** JSON data. */
  readonly payload: unknown;
  /** Default: a new UUID. */
  readonly id?: string;
  /**
   * Writes the records that belong to the job (a backtest row) in the transaction that stores the
   * job, so neither exists without the other and a worker never sees the job before them.
   */
  readonly alongside?: (db: Kysely<Schema>, job: Job) => Promise<void>;
}

export interface JobFilter {
  readonly state?: JobState | undefined;
  readonly kind?: string | undefined;
}

export type JobListener = (job: Job) => void;

export interface JobQueue {
  /** Stores the job (state `queued`) before returning it; a started queue then runs it. */
  enqueue(request: EnqueueRequest): Promise<Job>;
  get(id: string): Promise<Job | undefined>;
  /** Newest first. */
  list(filter?: JobFilter): Promise<Job[]>;
  /**
   * Cancels a queued or running job (a running task is aborted) and returns it; a finished job
   * is returned unchanged; undefined for an unknown id.
   */
  cancel(id: string): Promise<Job | undefined>;
  /** Calls `listener` with the job after each stored change; returns the unsubscribe function. */
  subscribe(id: string, listener: JobListener): () => void;
  /** Recovers jobs a stopped process left running, then starts running queued jobs. */
  start(): Promise<void>;
  /** Stops running jobs: running ones are aborted and queued again; frees the worker threads. */
  stop(): Promise<void>;
}

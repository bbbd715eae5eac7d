/**
 * What a job queue needs to run one kind of job: main-thread steps that read and write the
 * database, and a worker module that does the computing off the main thread.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.ts';
import type { Job } from './job.ts';

export interface JobKind<Payload = unknown, Input = unknown, Output = unknown> {
  readonly kind: string;
  /** A module whose default export is a JobTask<Input, Output>; loaded in worker threads via tsx. */
  readonly worker: URL;
  /** Main thread: what the worker needs (read from the database); throwing fails the job. */
  prepare(payload: Payload, job: Job): Promise<PreparedTask<Input>>;
  /** Main thread, in the transaction that marks the job succeeded: stores the output. */
  complete(db: Kysely<Schema>, payload: Payload, output: Output, job: Job): Promise<void>;
}

export interface PreparedTask<Input> {
  readonly input: Input;
  /** Buffers moved to the worker instead of copied (bar columns). */
  readonly transfer?: readonly ArrayBuffer[];
}

/** Runs in a worker thread. Errors fail the job with their message's first line. */
export type JobTask<Input = unknown, Output = unknown> = (
  input: Input,
  context: JobTaskContext,
) => Output | Promise<Output>;

export interface JobTaskContext {
  /** Reports progress 0 … 1; cheap to call often (the queue throttles what it stores). */
  progress(fraction: number, message?: string): void;
  /** Becomes aborted when the job is cancelled; readable inside synchronous loops. */
  readonly signal: { readonly aborted: boolean };
}

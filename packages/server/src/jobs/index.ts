/** Background jobs: the JobQueue interface and its database-backed, worker-pool implementation. */
export {
  DatabaseJobQueue,
  type DatabaseJobQueueOptions,
  INTERRUPTED_ERROR,
} from './database-job-queue.ts';
export { isTerminal, JOB_STATES, type Job, type JobState, TERMINAL_STATES } from './job.ts';
export type { JobKind, JobTask, JobTaskContext, PreparedTask } from './job-kind.ts';
export { defaultPoolThreads } from './job-pool.ts';
export type { EnqueueRequest, JobFilter, JobListener, JobQueue } from './job-queue.ts';

/**
 * The default JobQueue: every job is a row of the `jobs` table (SQLite or PostgreSQL) and runs in
 * a worker-thread pool. Rows change only by conditional updates (`WHERE state = … AND owner = …`),
 * so a cancel, a crashed owner's recovery and a finishing worker cannot overwrite each other; the
 * job's terminal state and its kind's stored output commit in one transaction (docs/adr/0008).
 */
import { randomUUID } from 'node:crypto';
import { MessageChannel } from 'node:worker_threads';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../store/database.ts';
import type { JobTable, Schema } from '../store/schema.ts';
import type { Job, JobState } from './job.ts';
import type { JobKind } from './job-kind.ts';
import { ownerIsGone, processOwner } from './job-owner.ts';
import { createJobPool, defaultPoolThreads, type JobPool } from './job-pool.ts';
import type { EnqueueRequest, JobFilter, JobListener, JobQueue } from './job-queue.ts';
import { ProgressThrottle } from './progress-throttle.ts';
import type { ProgressMessage } from './run-job-task.ts';

/** Why a job that was running when its server died, and had used its attempts, failed. */
export const INTERRUPTED_ERROR = 'interrupted: the server stopped while this job ran';

export interface DatabaseJobQueueOptions {
  readonly database: Database;
  readonly kinds: readonly JobKind[];
  /** Worker threads; default: defaultPoolThreads(). */
  readonly threads?: number | undefined;
  /** Default `pid@host` of this process. */
  readonly owner?: string | undefined;
  /** How often queued jobs other processes stored are looked for (ms, default 500). */
  readonly pollMs?: number | undefined;
  /** How often running jobs' heartbeat_at is renewed (ms, default 5 s). */
  readonly heartbeatMs?: number | undefined;
  /** A running job whose heartbeat is older than this is orphaned (ms, default 60 s). */
  readonly staleAfterMs?: number | undefined;
  /** Runs a job may start; an interrupted job is re-queued until it has used them (default 2). */
  readonly maxAttempts?: number | undefined;
  /** A cancelled task still running after this long has its worker thread stopped (ms, default 2 s). */
  readonly cancelGraceMs?: number | undefined;
  /** Errors no caller can receive (a failed progress write). Default: console.error. */
  readonly onError?: ((error: unknown) => void) | undefined;
}

/** A job this process runs. */
interface LocalJob {
  job: Job;
  /** Shared Int32 the worker reads: non-zero once cancelled. */
  readonly cancel: SharedArrayBuffer;
  /** Stops the worker thread itself when the task ignores `cancel`. */
  readonly abort: AbortController;
  /** The row is no longer ours to write (cancelled, stopped, or taken over). */
  released: boolean;
  grace: NodeJS.Timeout | undefined;
  /** Progress and heartbeat writes, in order. */
  writes: Promise<void>;
  readonly throttle: ProgressThrottle;
}

type Outcome =
  | { readonly state: 'succeeded'; readonly complete: (db: Kysely<Schema>) => Promise<void> }
  | { readonly state: 'failed'; readonly error: string };

export class DatabaseJobQueue implements JobQueue {
  readonly owner: string;
  readonly threads: number;
  private readonly db: Kysely<Schema>;
  private readonly kinds: ReadonlyMap<string, JobKind>;
  private readonly pollMs: number;
  private readonly heartbeatMs: number;
  private readonly staleAfterMs: number;
  private readonly maxAttempts: number;
  private readonly cancelGraceMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly local = new Map<string, LocalJob>();
  private readonly executions = new Set<Promise<void>>();
  private readonly listeners = new Map<string, Set<JobListener>>();
  /** The last state sent to each subscribed job's listeners, so a change is sent once. */
  private readonly sent = new Map<string, string>();
  private pool: JobPool | undefined;
  private started = false;
  private timers: NodeJS.Timeout[] = [];
  private watchTimer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private pumpAgain = false;

  constructor(options: DatabaseJobQueueOptions) {
    this.db = options.database.db;
    this.kinds = new Map(options.kinds.map((k) => [k.kind, k]));
    this.threads = options.threads ?? defaultPoolThreads();
    this.owner = options.owner ?? processOwner();
    this.pollMs = options.pollMs ?? 500;
    this.heartbeatMs = options.heartbeatMs ?? 5_000;
    this.staleAfterMs = options.staleAfterMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 2;
    this.cancelGraceMs = options.cancelGraceMs ?? 2_000;
    this.onError = options.onError ?? ((error) => console.error(error));
  }

  async enqueue(request: EnqueueRequest): Promise<Job> {
    if (!this.kinds.has(request.kind))
      throw new Error(`no job kind "${request.kind}" is registered with this queue`);
    const row: Selectable<JobTable> = {
      id: request.id ?? randomUUID(),
      kind: request.kind,
      state: 'queued',
      payload: JSON.stringify(request.payload),
      progress: 0,
      message: null,
      error: null,
      attempts: 0,
      owner: null,
      heartbeat_at: null,
      created_at: new Date().toISOString(),
      started_at: null,
      finished_at: null,
    };
    const job = toJob(row);
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('jobs').values(row).execute();
      await request.alongside?.(trx, job);
    });
    this.wake();
    return job;
  }

  async get(id: string): Promise<Job | undefined> {
    const row = await this.db
      .selectFrom('jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toJob(row);
  }

  async list(filter: JobFilter = {}): Promise<Job[]> {
    let query = this.db.selectFrom('jobs').selectAll();
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    return rows.map(toJob);
  }

  async cancel(id: string): Promise<Job | undefined> {
    const now = new Date().toISOString();
    const result = await this.db
      .updateTable('jobs')
      .set({ state: 'cancelled', finished_at: now, message: 'cancelled' })
      .where('id', '=', id)
      .where('state', 'in', ['queued', 'running'])
      .executeTakeFirst();
    const cancelled = Number(result.numUpdatedRows) > 0;
    const local = this.local.get(id);
    if (cancelled && local) this.release(local);
    const job = await this.get(id);
    if (job && cancelled) this.emit(job);
    return job;
  }

  subscribe(id: string, listener: JobListener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    // Jobs other processes run change only in the table: watch it while anyone listens.
    this.watchTimer ??= setInterval(() => void this.watchOthers(), this.pollMs).unref();
    return () => {
      set.delete(listener);
      if (set.size > 0) return;
      this.listeners.delete(id);
      this.sent.delete(id);
      if (this.listeners.size === 0 && this.watchTimer) {
        clearInterval(this.watchTimer);
        this.watchTimer = undefined;
      }
    };
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.recover(true);
    this.pool = createJobPool(this.threads);
    this.pool.on('error', this.onError);
    this.started = true;
    this.timers = [
      setInterval(() => this.wake(), this.pollMs),
      setInterval(() => this.heartbeat(), this.heartbeatMs),
      setInterval(() => void this.recover(false).catch(this.onError), this.staleAfterMs / 2),
    ];
    for (const timer of this.timers) timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.pumping;
    const stopped = [...this.local.values()].filter((l) => !l.released);
    for (const local of stopped) this.release(local);
    await Promise.allSettled([...this.executions]);
    for (const { job } of stopped) {
      // Not the job's fault: its attempt is given back.
      await this.db
        .updateTable('jobs')
        .set((eb) => ({
          state: 'queued',
          owner: null,
          heartbeat_at: null,
          progress: 0,
          attempts: eb('attempts', '-', 1),
          message: 're-queued: the server stopped before this job finished',
        }))
        .where('id', '=', job.id)
        .where('state', '=', 'running')
        .where('owner', '=', this.owner)
        .execute();
    }
    await this.pool?.destroy();
    this.pool = undefined;
  }

  /** Claims queued jobs while worker threads are free. One pump at a time; a wake during it repeats it. */
  private wake(): void {
    if (!this.started) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = this.pump()
      .catch(this.onError)
      .finally(() => {
        this.pumping = undefined;
        if (this.pumpAgain) {
          this.pumpAgain = false;
          this.wake();
        }
      });
  }

  private async pump(): Promise<void> {
    while (this.started && this.local.size < this.threads) {
      const job = await this.claimNext();
      if (!job) return;
      const execution = this.execute(job).catch(this.onError);
      this.executions.add(execution);
      void execution.finally(() => this.executions.delete(execution));
    }
  }

  private async claimNext(): Promise<Job | undefined> {
    for (;;) {
      const candidates = await this.db
        .selectFrom('jobs')
        .select('id')
        .where('state', '=', 'queued')
        .where('kind', 'in', [...this.kinds.keys()])
        .orderBy('created_at')
        .orderBy('id')
        .limit(8)
        .execute();
      if (candidates.length === 0) return undefined;
      for (const { id } of candidates) {
        const now = new Date().toISOString();
        // Another process may claim the same row: only the update that still sees `queued` wins.
        const result = await this.db
          .updateTable('jobs')
          .set((eb) => ({
            state: 'running',
            owner: this.owner,
            heartbeat_at: now,
            started_at: now,
            attempts: eb('attempts', '+', 1),
            progress: 0,
            error: null,
          }))
          .where('id', '=', id)
          .where('state', '=', 'queued')
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) continue;
        const job = await this.get(id);
        if (job?.state === 'running' && job.owner === this.owner) return job;
      }
    }
  }

  private async execute(job: Job): Promise<void> {
    const kind = this.kinds.get(job.kind);
    const pool = this.pool;
    if (!kind || !pool) throw new Error(`job ${job.id}: no kind "${job.kind}" or no pool`);
    const local: LocalJob = {
      job,
      cancel: new SharedArrayBuffer(4),
      abort: new AbortController(),
      released: false,
      grace: undefined,
      writes: Promise.resolve(),
      throttle: new ProgressThrottle(),
    };
    this.local.set(job.id, local);
    this.emit(job);
    try {
      const prepared = await kind.prepare(job.payload, job);
      if (local.released) return;
      const { port1, port2 } = new MessageChannel();
      port1.on('message', (message: ProgressMessage) => this.report(local, message));
      let output: unknown;
      try {
        output = await pool.run(
          { module: kind.worker.href, input: prepared.input, port: port2, cancel: local.cancel },
          { transferList: [port2, ...(prepared.transfer ?? [])], signal: local.abort.signal },
        );
      } finally {
        port1.close();
      }
      await local.writes;
      if (local.released) return;
      await this.finish(local, {
        state: 'succeeded',
        complete: (db) => kind.complete(db, job.payload, output, local.job),
      });
    } catch (error) {
      await local.writes;
      if (!local.released) await this.finish(local, { state: 'failed', error: errorLine(error) });
    } finally {
      clearTimeout(local.grace);
      this.local.delete(job.id);
      this.wake();
    }
  }

  /** Stores the terminal state (and the output, in the same transaction) unless the row moved on. */
  private async finish(local: LocalJob, outcome: Outcome): Promise<void> {
    const now = new Date().toISOString();
    const set =
      outcome.state === 'succeeded'
        ? { state: outcome.state, progress: 1, message: null, finished_at: now, heartbeat_at: now }
        : { state: outcome.state, error: outcome.error, finished_at: now, heartbeat_at: now };
    try {
      await this.db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('jobs')
          .set(set)
          .where('id', '=', local.job.id)
          .where('state', '=', 'running')
          .where('owner', '=', this.owner)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) > 0 && outcome.state === 'succeeded')
          await outcome.complete(trx);
      });
    } catch (error) {
      if (outcome.state === 'failed') throw error;
      await this.finish(local, {
        state: 'failed',
        error: `storing the result failed: ${errorLine(error)}`,
      });
      return;
    }
    const job = await this.get(local.job.id);
    if (job) this.emit(job);
  }

  private report(local: LocalJob, report: ProgressMessage): void {
    if (local.released || !Number.isFinite(report.fraction)) return;
    const fraction = Math.min(1, Math.max(0, report.fraction));
    const message = report.message ?? local.job.message;
    if (!local.throttle.accept(fraction, message, Date.now())) return;
    this.write(local, { progress: fraction, message });
  }

  private heartbeat(): void {
    for (const local of this.local.values()) this.write(local, {});
  }

  /** Renews the heartbeat with `change`; a row that is no longer ours stops the local task. */
  private write(local: LocalJob, change: { progress?: number; message?: string | null }): void {
    local.writes = local.writes
      .then(async () => {
        if (local.released) return;
        const now = new Date().toISOString();
        const result = await this.db
          .updateTable('jobs')
          .set({ ...change, heartbeat_at: now })
          .where('id', '=', local.job.id)
          .where('state', '=', 'running')
          .where('owner', '=', this.owner)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) {
          this.release(local);
          const job = await this.get(local.job.id);
          if (job) this.emit(job);
          return;
        }
        local.job = { ...local.job, ...change, heartbeatAt: now };
        if (change.progress !== undefined) this.emit(local.job);
      })
      .catch(this.onError);
  }

  /** Stops writing the job's row and stops its task: at once via the flag, else by the thread. */
  private release(local: LocalJob): void {
    if (local.released) return;
    local.released = true;
    Atomics.store(new Int32Array(local.cancel), 0, 1);
    local.grace = setTimeout(() => local.abort.abort(), this.cancelGraceMs);
    local.grace.unref();
  }

  /**
   * Jobs left `running` by a process that is gone are queued again while they have attempts
   * left, else failed with INTERRUPTED_ERROR. At start, rows owned by our own `pid@host` are a
   * previous run's (a container restarts with the same pid).
   */
  private async recover(atStart: boolean): Promise<void> {
    const rows = await this.db
      .selectFrom('jobs')
      .selectAll()
      .where('state', '=', 'running')
      .execute();
    const staleBefore = Date.now() - this.staleAfterMs;
    for (const row of rows) {
      if (row.owner === this.owner && !atStart) continue;
      const reason = orphanReason(row, this.owner, staleBefore);
      if (reason === null) continue;
      const now = new Date().toISOString();
      const requeue = row.attempts < this.maxAttempts;
      let update = this.db
        .updateTable('jobs')
        .set(
          requeue
            ? {
                state: 'queued',
                owner: null,
                heartbeat_at: null,
                progress: 0,
                message: `re-queued after attempt ${row.attempts} of ${this.maxAttempts}: ${reason}`,
              }
            : { state: 'failed', error: INTERRUPTED_ERROR, message: reason, finished_at: now },
        )
        .where('id', '=', row.id)
        .where('state', '=', 'running');
      // Unchanged since read: a live owner's heartbeat in between keeps the job.
      update =
        row.heartbeat_at === null
          ? update.where('heartbeat_at', 'is', null)
          : update.where('heartbeat_at', '=', row.heartbeat_at);
      await update.execute();
    }
  }

  private async watchOthers(): Promise<void> {
    const ids = [...this.listeners.keys()].filter((id) => !this.local.has(id));
    if (ids.length === 0) return;
    try {
      const rows = await this.db.selectFrom('jobs').selectAll().where('id', 'in', ids).execute();
      for (const row of rows) this.emit(toJob(row));
    } catch (error) {
      this.onError(error);
    }
  }

  private emit(job: Job): void {
    const listeners = this.listeners.get(job.id);
    if (!listeners) return;
    const key = `${job.state}|${job.progress}|${job.message}|${job.error}|${job.attempts}`;
    if (this.sent.get(job.id) === key) return;
    this.sent.set(job.id, key);
    for (const listener of [...listeners]) listener(job);
  }
}

function orphanReason(
  row: Selectable<JobTable>,
  owner: string,
  staleBefore: number,
): string | null {
  if (row.owner === null) return 'it had no owner';
  if (row.owner === owner) return `this process (${owner}) restarted`;
  if (ownerIsGone(row.owner)) return `its process ${row.owner} is gone`;
  if (row.heartbeat_at === null || Date.parse(row.heartbeat_at) < staleBefore)
    return `no heartbeat from ${row.owner} since ${row.heartbeat_at ?? 'its start'}`;
  return null;
}

function toJob(row: Selectable<JobTable>): Job {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state as JobState,
    payload: JSON.parse(row.payload) as unknown,
    progress: Number(row.progress),
    message: row.message,
    error: row.error,
    attempts: Number(row.attempts),
    owner: row.owner,
    heartbeatAt: row.heartbeat_at,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** The first line of an error's message: what a failed job shows. */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  const line = text.split('\n', 1)[0]!.trim();
  return (line || 'the job failed without a message').slice(0, 1000);
}

/**
 * Jobs over HTTP: list, read, cancel, and a Server-Sent Events stream of one job's changes
 * (`progress` on every stored change, `done` with the finished job, then the stream ends).
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
import { z } from 'zod';
import { isTerminal, JOB_STATES, type Job } from '../../jobs/job.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import type { ApiRoutes } from '../api-app.ts';
import { ConflictError, NotFoundError } from '../http-errors.ts';
import { REQUEST_ID_HEADER } from '../request-id.ts';
import { problemResponses } from '../schemas/problem.ts';

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('What the job does: `backtest`'),
    state: z.enum(JOB_STATES),
    progress: z.number().min(0).max(1),
    message: z.string().nullable().describe('What the job is doing, or why it was re-queued'),
    error: z.string().nullable().describe('Why a failed job failed, one line'),
    backtestId: z.string().nullable(),
    attempts: z.number().int().describe('Runs started; a job a crash interrupted runs again once'),
    createdAt: z.string().describe('ISO 8601'),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

export type JobJson = z.infer<typeof JobSchema>;

const JobParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** Comment lines keep idle connections (and proxies) from timing the stream out. */
const HEARTBEAT_MS = 15_000;

const TAGS = ['jobs'];

export interface JobRoutesDeps {
  readonly queue: JobQueue;
  /** Interval of the events stream's heartbeat comments (ms, default 15 s). */
  readonly heartbeatMs?: number;
}

export function jobRoutes(deps: JobRoutesDeps): ApiRoutes {
  const { queue } = deps;
  const found = async (id: string) => {
    const job = await queue.get(id);
    if (!job) throw new NotFoundError('job', id);
    return job;
  };

  return (app) => {
    app.get(
      '/jobs',
      {
        schema: {
          tags: TAGS,
          summary: 'List jobs, newest first',
          querystring: z.object({ state: z.enum(JOB_STATES).optional() }),
          response: { 200: z.object({ items: z.array(JobSchema) }), ...problemResponses(400) },
        },
      },
      async (request) => ({
        items: (await queue.list({ state: request.query.state })).map(toJobJson),
      }),
    );

    app.get(
      '/jobs/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'One job',
          params: JobParamsSchema,
          response: { 200: JobSchema, ...problemResponses(404) },
        },
      },
      async (request) => toJobJson(await found(request.params.id)),
    );

    app.post(
      '/jobs/:id/cancel',
      {
        schema: {
          tags: TAGS,
          summary: 'Cancel a queued or running job',
          params: JobParamsSchema,
          response: { 202: JobSchema, ...problemResponses(404, 409) },
        },
      },
      async (request, reply) => {
        const job = await queue.cancel(request.params.id);
        if (!job) throw new NotFoundError('job', request.params.id);
        if (job.state !== 'cancelled')
          throw new ConflictError(`job ${job.id} has already ${job.state}: nothing to cancel`);
        return reply.code(202).send(toJobJson(job));
      },
    );

    app.get(
      '/jobs/:id/events',
      {
        schema: {
          tags: TAGS,
          summary: 'Server-Sent Events of a job: `progress` on each change, then `done`',
          description:
            'Each event’s data is a Job. A finished job gets `done` at once; comment lines ' +
            'every 15 s keep the connection open.',
          params: JobParamsSchema,
          produces: ['text/event-stream'],
          response: {
            200: z.string().describe('text/event-stream'),
            ...problemResponses(404),
          },
        },
      },
      async (request, reply) => {
        const id = request.params.id;
        await found(id);
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
          [REQUEST_ID_HEADER]: String(request.id),
        });
        let open = true;
        const close = () => {
          if (!open) return;
          open = false;
          clearInterval(heartbeat);
          unsubscribe();
          raw.end();
        };
        const send = (job: Job) => {
          if (!open) return;
          const event = isTerminal(job.state) ? 'done' : 'progress';
          raw.write(`event: ${event}\ndata: ${JSON.stringify(toJobJson(job))}\n\n`);
          if (event === 'done') close();
        };
        // Subscribe before reading the job, so no change falls between the two.
        const unsubscribe = queue.subscribe(id, send);
        const heartbeat = setInterval(
          () => raw.write(': heartbeat\n\n'),
          deps.heartbeatMs ?? HEARTBEAT_MS,
        );
        raw.on('close', close);
        const current = await queue.get(id);
        if (current) send(current);
        else close();
      },
    );
  };
}

export function toJobJson(job: Job): JobJson {
  const payload = job.payload as { backtestId?: unknown } | null;
  return {
    id: job.id,
    kind: job.kind,
    state: job.state,
    progress: job.progress,
    message: job.message,
    error: job.error,
    backtestId: typeof payload?.backtestId === 'string' ? payload.backtestId : null,
    attempts: job.attempts,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

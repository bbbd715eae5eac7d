/** React hook: a job's progress from its SSE stream, falling back to polling GET /jobs/:id. */
import { useEffect, useReducer } from 'react';
import { api } from './client.ts';
import { buildUrl } from './http.ts';
import { INITIAL_PROGRESS, type JobProgress, jobProgressReducer } from './job-progress.ts';
import type { Job } from './types.ts';

const POLL_MS = 1000;

/** `jobId` null means nothing to follow (the backtest already finished). */
export function useJobProgress(jobId: string | null): JobProgress {
  const [progress, dispatch] = useReducer(jobProgressReducer, INITIAL_PROGRESS);

  useEffect(() => {
    if (jobId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const poll = async () => {
      if (stopped) return;
      try {
        const job = await api.getJob(jobId);
        if (stopped) return;
        dispatch({ type: 'progress', job });
        if (job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled')
          return;
      } catch {
        // A failed poll is retried on the next tick; the page keeps the last known state.
      }
      timer = setTimeout(poll, POLL_MS);
    };

    const source = new EventSource(buildUrl(`/jobs/${encodeURIComponent(jobId)}/events`));
    const onJob = (type: 'progress' | 'done') => (event: MessageEvent<string>) => {
      const job = JSON.parse(event.data) as Job;
      dispatch({ type, job });
      if (type === 'done') source.close();
    };
    source.addEventListener('progress', onJob('progress'));
    source.addEventListener('done', onJob('done'));
    source.onerror = () => {
      // EventSource would reconnect on its own; polling is simpler to reason about after a failure.
      if (stopped) return;
      source.close();
      dispatch({ type: 'stream-failed' });
      void poll();
    };

    return () => {
      stopped = true;
      source.close();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [jobId]);

  return progress;
}

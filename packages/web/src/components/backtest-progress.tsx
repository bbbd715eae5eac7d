/** A queued or running backtest: live progress from its job, and a cancel button. */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Backtest } from '../api/types.ts';
import { useJobProgress } from '../api/use-job-progress.ts';
import { ErrorMessage } from './error-message.tsx';
import { ProgressBar } from './progress-bar.tsx';
import { StatusBadge } from './status-badge.tsx';

interface Props {
  readonly backtest: Backtest;
  /** Called once the job reached a terminal state, so the page reloads the backtest. */
  readonly onFinished: () => void;
}

export function BacktestProgress({ backtest, onFinished }: Props) {
  const progress = useJobProgress(backtest.jobId);
  const [error, setError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);

  // The job may finish a moment before its backtest record says so: ask again until it does.
  useEffect(() => {
    if (!progress.finished) return;
    onFinished();
    const timer = setInterval(onFinished, 1000);
    return () => clearInterval(timer);
  }, [progress.finished, onFinished]);

  const cancel = async () => {
    setCancelling(true);
    try {
      await api.cancelJob(backtest.jobId);
    } catch (failure) {
      setError(failure);
      setCancelling(false);
    }
  };

  const state = progress.state === 'connecting' ? backtest.status : progress.state;
  return (
    <div className="card">
      <div className="section-head">
        <h2>
          <StatusBadge status={state} />{' '}
          {progress.job?.message ?? (state === 'queued' ? 'Waiting for a worker' : 'Running')}
        </h2>
        <button
          type="button"
          className="secondary"
          onClick={() => void cancel()}
          disabled={cancelling || progress.finished}
          data-testid="job-cancel"
        >
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <ProgressBar percent={progress.percent} label="Backtest progress" testId="job-progress" />
      {progress.transport === 'polling' && (
        <p className="muted small">Live updates unavailable; checking every second.</p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

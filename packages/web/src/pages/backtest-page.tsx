/** One backtest: progress while it runs, then its results, or its error. */
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useDatasetNames } from '../api/use-dataset-names.ts';
import { BacktestProgress } from '../components/backtest-progress.tsx';
import { BacktestResult } from '../components/backtest-result.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import {
  formatCommission,
  formatIso,
  formatTime,
  formatValue,
  signClass,
} from '../format/format.ts';
import { Link } from '../router/link.tsx';

/** What the page shows for a setting the run left to the script's strategy() declaration. */
const SCRIPT_OWN = 'from the script';

export function BacktestPage({ id }: { readonly id: string }) {
  const { data: backtest, error, reload } = useApi(() => api.getBacktest(id), [id]);
  const datasetName = useDatasetNames();
  if (backtest === null) {
    return error === null ? <p className="muted">Loading…</p> : <ErrorMessage error={error} />;
  }
  const { config } = backtest;
  const running = backtest.status === 'queued' || backtest.status === 'running';
  return (
    <section>
      <div className="page-head">
        <h1>
          <Link href={`/strategies/${encodeURIComponent(config.strategyId)}`}>
            {backtest.strategyName}
          </Link>{' '}
          <span className="muted">v{config.strategyVersion}</span>
        </h1>
        <StatusBadge status={backtest.status} />
      </div>
      <dl className="facts">
        <dt>Dataset</dt>
        <dd>{datasetName(config.datasetId)}</dd>
        <dt>Range</dt>
        <dd>
          {config.from === undefined ? 'start' : formatTime(config.from)} –{' '}
          {config.to === undefined ? 'end' : formatTime(config.to)}
        </dd>
        <dt>Initial capital</dt>
        <dd data-testid="config-capital">
          {config.initialCapital === undefined
            ? SCRIPT_OWN
            : formatValue(config.initialCapital, 'currency')}
        </dd>
        <dt>Commission</dt>
        <dd data-testid="config-commission">
          {config.commission === undefined ? SCRIPT_OWN : formatCommission(config.commission)}
        </dd>
        <dt>Slippage</dt>
        <dd data-testid="config-slippage">
          {config.slippageTicks === undefined
            ? SCRIPT_OWN
            : `${config.slippageTicks} tick${config.slippageTicks === 1 ? '' : 's'}`}
        </dd>
        <dt>Fill model</dt>
        <dd>TradingView broker emulator</dd>
        {config.inputs !== undefined && Object.keys(config.inputs).length > 0 && (
          <>
            <dt>Inputs</dt>
            <dd>
              {Object.entries(config.inputs)
                .map(([k, v]) => `${k} = ${String(v)}`)
                .join(', ')}
            </dd>
          </>
        )}
        <dt>Started</dt>
        <dd>{formatIso(backtest.createdAt)}</dd>
        {backtest.status === 'succeeded' && (
          <>
            <dt>Net profit</dt>
            <dd className={signClass(backtest.netProfit)}>
              {formatValue(backtest.netProfit, 'currency')}
            </dd>
            <dt>Trades</dt>
            <dd>
              <span data-testid="trade-count">{backtest.tradeCount ?? 0}</span>
            </dd>
          </>
        )}
      </dl>
      {running && <BacktestProgress backtest={backtest} onFinished={reload} />}
      {backtest.status === 'failed' && (
        <div className="alert alert-big" role="alert" data-testid="backtest-error">
          <strong>The backtest failed.</strong>
          <pre>{backtest.error ?? 'No reason was recorded.'}</pre>
        </div>
      )}
      {backtest.status === 'cancelled' && <p className="note">This backtest was cancelled.</p>}
      {backtest.status === 'succeeded' && (
        <>
          {/* The finished job's bar stays at 100 %, so a run that ends before the page loads reads the same. */}
          <ProgressBar percent={100} label="Backtest progress" testId="job-progress" />
          <BacktestResult backtest={backtest} />
        </>
      )}
    </section>
  );
}

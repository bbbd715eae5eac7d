/** All backtests with status and strategy filters; two or more can be selected for comparison. */
import { useState } from 'react';
import { api } from '../api/client.ts';
import type { BacktestStatus } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { useDatasetNames } from '../api/use-dataset-names.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { formatIso, formatValue, signClass } from '../format/format.ts';
import { Link } from '../router/link.tsx';
import { navigate } from '../router/navigation.ts';

const STATUSES: readonly BacktestStatus[] = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
];

export function BacktestListPage() {
  const [status, setStatus] = useState<BacktestStatus | ''>('');
  const [strategyId, setStrategyId] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const strategies = useApi(() => api.listStrategies(), []);
  const datasetName = useDatasetNames();
  const { data, error } = useApi(
    () =>
      api.listBacktests({
        ...(status === '' ? {} : { status }),
        ...(strategyId === '' ? {} : { strategyId }),
      }),
    [status, strategyId],
  );
  const items = data?.items ?? [];

  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const compare = () => navigate(`/compare?ids=${[...selected].map(encodeURIComponent).join(',')}`);

  return (
    <section>
      <div className="page-head">
        <h1>Backtests</h1>
        <button
          type="button"
          disabled={selected.size < 2}
          onClick={compare}
          data-testid="compare-selected"
        >
          Compare {selected.size > 0 ? `(${selected.size})` : ''}
        </button>
      </div>
      <div className="toolbar">
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value as BacktestStatus | '')}>
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Strategy{' '}
          <select value={strategyId} onChange={(e) => setStrategyId(e.target.value)}>
            <option value="">any</option>
            {(strategies.data?.items ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={error ?? strategies.error} />
      <table className="table" data-testid="backtests-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Select</span>
            </th>
            <th scope="col">Strategy</th>
            <th scope="col">Status</th>
            <th scope="col">Dataset</th>
            <th scope="col" className="num">
              Net profit
            </th>
            <th scope="col" className="num">
              Trades
            </th>
            <th scope="col">Started</th>
          </tr>
        </thead>
        <tbody>
          {items.map((b) => (
            <tr key={b.id} data-testid="backtest-row">
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${b.strategyName} ${b.id}`}
                  checked={selected.has(b.id)}
                  onChange={() => toggle(b.id)}
                />
              </td>
              <td>
                <Link href={`/backtests/${encodeURIComponent(b.id)}`}>{b.strategyName}</Link>{' '}
                <span className="muted small">v{b.config.strategyVersion}</span>
              </td>
              <td>
                <StatusBadge status={b.status} />
              </td>
              <td>{datasetName(b.config.datasetId)}</td>
              <td className={`num ${signClass(b.netProfit)}`}>
                {formatValue(b.netProfit, 'currency')}
              </td>
              <td className="num">{formatValue(b.tradeCount, 'count')}</td>
              <td>{formatIso(b.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && error === null && <p className="empty">No backtests.</p>}
    </section>
  );
}

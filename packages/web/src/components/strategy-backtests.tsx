/** The backtests of one strategy, newest first, linking to their result pages. */
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useDatasetNames } from '../api/use-dataset-names.ts';
import { formatIso, formatValue, signClass } from '../format/format.ts';
import { Link } from '../router/link.tsx';
import { ErrorMessage } from './error-message.tsx';
import { StatusBadge } from './status-badge.tsx';

export function StrategyBacktests({ strategyId }: { readonly strategyId: string }) {
  const { data, error } = useApi(() => api.listBacktests({ strategyId }), [strategyId]);
  const items = data?.items ?? [];
  const datasetName = useDatasetNames();
  return (
    <section>
      <h2>Backtests of this strategy</h2>
      <ErrorMessage error={error} />
      {items.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <table className="table" data-testid="strategy-backtests">
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Status</th>
              <th scope="col">Version</th>
              <th scope="col">Dataset</th>
              <th scope="col" className="num">
                Net profit
              </th>
              <th scope="col" className="num">
                Trades
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((b) => (
              <tr key={b.id}>
                <td>
                  <Link href={`/backtests/${encodeURIComponent(b.id)}`}>
                    {formatIso(b.createdAt)}
                  </Link>
                </td>
                <td>
                  <StatusBadge status={b.status} />
                </td>
                <td>v{b.config.strategyVersion}</td>
                <td>{datasetName(b.config.datasetId)}</td>
                <td className={`num ${signClass(b.netProfit)}`}>
                  {formatValue(b.netProfit, 'currency')}
                </td>
                <td className="num">{formatValue(b.tradeCount, 'count')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

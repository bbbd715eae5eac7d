/** Side-by-side Performance Summary of several backtests (best value per row marked) and their equity. */
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useDatasetNames } from '../api/use-dataset-names.ts';
import { type ChartLine, LineChart } from '../charts/line-chart.tsx';
import { line } from '../charts/series-data.ts';
import { bestIndexes, betterDirection } from '../components/best-value.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { formatValue } from '../format/format.ts';
import { Link } from '../router/link.tsx';

export function ComparePage({ ids }: { readonly ids: readonly string[] }) {
  const key = ids.join(',');
  const compared = useApi(() => api.compareBacktests(ids), [key]);
  const items = compared.data?.items ?? [];
  const datasetName = useDatasetNames();
  // Curves are numbered like the table's columns; unfinished backtests have none.
  const equity = useApi(
    () =>
      Promise.all(
        items.flatMap((b, i) =>
          b.status !== 'succeeded'
            ? []
            : [
                api.backtestEquity(b.id).then(
                  (e): ChartLine => ({
                    title: `${i + 1}. ${b.strategyName}`,
                    data: line(e.time, e.equity),
                  }),
                ),
              ],
        ),
      ),
    [compared.data],
  );

  if (ids.length < 2)
    return <p className="note">Select two or more backtests on the Backtests page.</p>;
  if (compared.error !== null) return <ErrorMessage error={compared.error} />;
  if (compared.data === null) return <p className="muted">Loading…</p>;

  const labels = [...new Set(items.flatMap((b) => (b.summary ?? []).map((r) => r.label)))];
  return (
    <section>
      <h1>Compare backtests</h1>
      <div className="table-scroll">
        <table className="table compare" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">Statistic (All)</th>
              {items.map((b, i) => (
                <th key={b.id} scope="col" className="num">
                  <Link href={`/backtests/${encodeURIComponent(b.id)}`}>
                    {i + 1}. {b.strategyName} v{b.config.strategyVersion} ·{' '}
                    {datasetName(b.config.datasetId)}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((name) => {
              const cells = items.map((b) => b.summary?.find((r) => r.label === name));
              const unit = cells.find((c) => c !== undefined)?.unit;
              const best = bestIndexes(
                cells.map((c) => c?.all ?? null),
                betterDirection(name, unit),
              );
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  {cells.map((c, i) => (
                    <td key={items[i]?.id} className={best.has(i) ? 'num best' : 'num'}>
                      {formatValue(c?.all ?? null, unit)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section className="card">
        <h2>Equity</h2>
        <ErrorMessage error={equity.error} />
        {equity.data !== null && (
          <LineChart lines={equity.data} testId="compare-equity-chart" height={320} />
        )}
      </section>
    </section>
  );
}

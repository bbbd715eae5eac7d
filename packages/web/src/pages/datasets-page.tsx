/** Datasets: upload a CSV, list stored datasets, and chart the bars of the selected one. */
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { PriceChart } from '../charts/price-chart.tsx';
import { DatasetUpload } from '../components/dataset-upload.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { formatTime } from '../format/format.ts';

/** The chart shows the last bars of a dataset; the API caps a request at 100 000. */
const CHART_BARS = 5000;

export function DatasetsPage() {
  const list = useApi(() => api.listDatasets(), []);
  const [selected, setSelected] = useState<string | null>(null);
  const bars = useApi(
    () =>
      selected === null ? Promise.resolve(null) : api.datasetBars(selected, { limit: CHART_BARS }),
    [selected],
  );
  const items = list.data?.items ?? [];
  const chosen = items.find((d) => d.id === selected);

  return (
    <section>
      <h1>Datasets</h1>
      <DatasetUpload
        onUploaded={(d) => {
          list.reload();
          setSelected(d.id);
        }}
      />
      <ErrorMessage error={list.error} />
      <table className="table clickable" data-testid="datasets-table">
        <thead>
          <tr>
            <th scope="col">Ticker</th>
            <th scope="col">Source</th>
            <th scope="col">Timeframe</th>
            <th scope="col" className="num">
              Bars
            </th>
            <th scope="col">First bar</th>
            <th scope="col">Last bar</th>
            <th scope="col">Time zone</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr
              key={d.id}
              className={d.id === selected ? 'selected' : undefined}
              onClick={() => setSelected(d.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') setSelected(d.id);
              }}
              tabIndex={0}
              aria-selected={d.id === selected}
              data-testid="dataset-row"
            >
              <td>{d.ticker}</td>
              <td>{d.source}</td>
              <td>{d.timeframe}</td>
              <td className="num">{d.barCount.toLocaleString('en-US')}</td>
              <td>{formatTime(d.firstTime)}</td>
              <td>{formatTime(d.lastTime)}</td>
              <td>{d.timezone}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!list.loading && items.length === 0 && list.error === null && (
        <p className="empty">No datasets yet: upload a CSV above.</p>
      )}
      {chosen !== undefined && (
        <section className="card">
          <h2>
            {chosen.ticker} · {chosen.timeframe}
            {chosen.barCount > CHART_BARS && (
              <span className="muted small"> (last {CHART_BARS.toLocaleString('en-US')} bars)</span>
            )}
          </h2>
          <ErrorMessage error={bars.error} />
          {bars.data !== null && <PriceChart bars={bars.data} testId="dataset-chart" />}
        </section>
      )}
    </section>
  );
}

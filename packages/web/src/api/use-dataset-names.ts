/** React hook: dataset ids → readable names (`GOOG · 1D`) for pages that only hold ids. */
import { useMemo } from 'react';
import { api } from './client.ts';
import { useApi } from './use-api.ts';

/** Unknown ids (a deleted dataset, or before the list arrives) print as the id itself. */
export function useDatasetNames(): (id: string) => string {
  const { data } = useApi(() => api.listDatasets(), []);
  return useMemo(() => {
    const names = new Map((data?.items ?? []).map((d) => [d.id, `${d.ticker} · ${d.timeframe}`]));
    return (id: string) => names.get(id) ?? id;
  }, [data]);
}

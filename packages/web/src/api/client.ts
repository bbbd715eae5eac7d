/** Typed calls for every /api/v1 route the web app uses (see the API contract). */
import { request } from './http.ts';
import type {
  Backtest,
  BacktestStatus,
  Bars,
  CheckResult,
  Dataset,
  Equity,
  Items,
  Job,
  NewBacktest,
  NewStrategy,
  Plots,
  Strategy,
  StrategyPatch,
  StrategySummary,
  StrategyVersion,
  Trade,
} from './types.ts';

const id = (value: string) => encodeURIComponent(value);

export const api = {
  listStrategies: (query: { q?: string; tag?: string } = {}) =>
    request<Items<StrategySummary>>('GET', '/strategies', { query }),
  getStrategy: (strategyId: string) => request<Strategy>('GET', `/strategies/${id(strategyId)}`),
  listVersions: (strategyId: string) =>
    request<Items<StrategyVersion>>('GET', `/strategies/${id(strategyId)}/versions`),
  getVersion: (strategyId: string, version: number) =>
    request<Strategy>('GET', `/strategies/${id(strategyId)}/versions/${version}`),
  createStrategy: (body: NewStrategy) => request<Strategy>('POST', '/strategies', { json: body }),
  updateStrategy: (strategyId: string, body: StrategyPatch) =>
    request<Strategy>('PUT', `/strategies/${id(strategyId)}`, { json: body }),
  deleteStrategy: (strategyId: string) => request<void>('DELETE', `/strategies/${id(strategyId)}`),
  check: (source: string) => request<CheckResult>('POST', '/check', { json: { source } }),

  listDatasets: () => request<Items<Dataset>>('GET', '/datasets'),
  datasetBars: (datasetId: string, query: { from?: number; to?: number; limit?: number } = {}) =>
    request<Bars>('GET', `/datasets/${id(datasetId)}/bars`, { query }),
  deleteDataset: (datasetId: string) => request<void>('DELETE', `/datasets/${id(datasetId)}`),

  createBacktest: (body: NewBacktest) => request<Backtest>('POST', '/backtests', { json: body }),
  listBacktests: (query: { strategyId?: string; datasetId?: string; status?: BacktestStatus }) =>
    request<Items<Backtest>>('GET', '/backtests', { query }),
  getBacktest: (backtestId: string) => request<Backtest>('GET', `/backtests/${id(backtestId)}`),
  backtestTrades: (backtestId: string) =>
    request<Items<Trade>>('GET', `/backtests/${id(backtestId)}/trades`),
  backtestEquity: (backtestId: string) =>
    request<Equity>('GET', `/backtests/${id(backtestId)}/equity`),
  backtestPlots: (backtestId: string) =>
    request<Plots>('GET', `/backtests/${id(backtestId)}/plots`),
  backtestBars: (backtestId: string) => request<Bars>('GET', `/backtests/${id(backtestId)}/bars`),
  compareBacktests: (ids: readonly string[]) =>
    request<Items<Backtest>>('GET', '/backtests/compare', { query: { ids: ids.join(',') } }),
  deleteBacktest: (backtestId: string) => request<void>('DELETE', `/backtests/${id(backtestId)}`),

  getJob: (jobId: string) => request<Job>('GET', `/jobs/${id(jobId)}`),
  cancelJob: (jobId: string) => request<Job>('POST', `/jobs/${id(jobId)}/cancel`),
};

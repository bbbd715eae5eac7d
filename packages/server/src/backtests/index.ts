/** Backtests the API runs as jobs: records, results and the `backtest` job kind. */
export type { BacktestConfig, BacktestJobPayload } from './backtest-config.ts';
export { BACKTEST_JOB, type BacktestJobKind, backtestJobKind } from './backtest-job-kind.ts';
export type {
  BacktestResult,
  BacktestTrade,
  EquitySeries,
  PlotSeries,
  TestedRange,
} from './backtest-result.ts';
export {
  type Backtest,
  type BacktestFilter,
  BacktestService,
  type BarsColumns,
  type CreateBacktestRequest,
} from './backtest-service.ts';
export { type Backtesting, openBacktesting } from './open-backtesting.ts';
export type { SummaryTableRow, SummaryUnit } from './summary-table.ts';

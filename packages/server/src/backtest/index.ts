/** Backtests of Pine strategies: the service behind `barwise backtest` and the HTTP API. */
export { type BacktestRequest, backtest } from './backtest.ts';
export { type BacktestData, loadBacktestBars } from './backtest-bars.ts';
export { backtestJson, tradeListCsv } from './backtest-output.ts';
export { inferTimeframe } from './infer-timeframe.ts';
export {
  type BacktestOptions,
  type BacktestReport,
  type BacktestScript,
  runBacktest,
} from './run-backtest.ts';
export { SUMMARY_HEADER, type SummaryRow, summaryRows } from './summary-rows.ts';

/** Backtests of Pine and TypeScript strategies: the service behind `barwise backtest` and the HTTP API. */
export { type BacktestRequest, backtest } from './backtest.ts';
export { type BacktestData, loadBacktestBars } from './backtest-bars.ts';
export { backtestJson, listOfTradesCsv, tradeListCsv } from './backtest-output.ts';
export { parseCommission, parsePineCommission } from './commission-spec.ts';
export { type FillModelChoice, fillModelFor } from './fill-model-choice.ts';
export { inferTimeframe } from './infer-timeframe.ts';
export { labelCsvBars } from './label-csv-bars.ts';
export { type LoadedTsStrategy, loadTsStrategy } from './load-ts-strategy.ts';
export {
  type BacktestOptions,
  type BacktestReport,
  type BacktestScript,
  type CommissionSetting,
  type PlotColumn,
  runBacktest,
} from './run-backtest.ts';
export { SUMMARY_HEADER, type SummaryRow, summaryRows } from './summary-rows.ts';
export {
  pandasTimedelta,
  statNames,
  statRows,
  statValues,
  tsBacktestJson,
} from './ts-backtest-output.ts';
export {
  type TsBacktestReport,
  type TsBacktestRequest,
  tsStrategyBacktest,
} from './ts-strategy-backtest.ts';

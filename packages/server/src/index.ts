/** @barwise/server: Barwise on Node — storage, market data, jobs, API and the CLI. */

export * from './api/index.ts';
export * from './backtest/index.ts';
export * from './backtests/index.ts';
export { type Barwise, openBarwise } from './barwise.ts';
export { type BarwiseConfig, resolveConfig } from './config.ts';
export * from './data/bars-text.ts';
export * from './data/candle-store.ts';
export type { Dataset, DatasetKey } from './data/dataset.ts';
export * from './data/fetch-dataset.ts';
export * from './data/gaps-repair.ts';
export * from './data/import-csv-file.ts';
export * from './data/providers/ccxt-provider.ts';
export * from './data/providers/csv-provider.ts';
export * from './data/providers/market-data-provider.ts';
export * from './data/providers/synthetic-provider.ts';
export * from './data/resample-dataset.ts';
export * from './data/synthesize-dataset.ts';
export * from './data/universe.ts';
export * from './jobs/index.ts';
export * from './library/index.ts';
export { type Database, type DatabaseTarget, openDatabase } from './store/database.ts';

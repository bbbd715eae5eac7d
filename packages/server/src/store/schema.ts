/** Table types of the Barwise database, shared by every query (Kysely's `Database` interface). */
import type { Generated } from 'kysely';

export interface DatasetTable {
  id: string;
  source: string;
  ticker: string;
  /** Canonical TradingView notation (`60`, `1D`). */
  timeframe: string;
  exchange: string;
  timezone: string;
  session: string;
  mintick: number;
  point_value: number;
  lot_size: number;
  currency: string;
  /** Provenance: the imported file, the resampled source, the synthetic seed… */
  origin: string;
  bar_count: number;
  first_time: number | null;
  last_time: number | null;
  created_at: string;
  updated_at: string;
}

export interface BarChunkTable {
  dataset_id: string;
  seq: number;
  first_time: number;
  last_time: number;
  bar_count: number;
  /** Columnar Float64 little-endian: time[n], open[n], high[n], low[n], close[n], volume[n]. */
  data: Uint8Array;
}

/** An interval the exchange itself has no bars for (maintenance): detected, re-requested once, kept. */
export interface KnownGapTable {
  dataset_id: string;
  /** Open time of the first missing bar and the end of the last one (exclusive), ms UTC. */
  from_time: number;
  to_time: number;
  missing_bars: number;
  recorded_at: string;
}

/** Datasets `barwise data refresh` extends with the newly closed bars. */
export interface FreshDatasetTable {
  dataset_id: string;
  marked_at: string;
}

export interface StrategyTable {
  id: string;
  name: string;
  /** `pine` or `ts`. */
  language: string;
  description: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
  /** Set when deleted: hidden from the library, versions kept for re-runs. */
  deleted_at: string | null;
}

/** Immutable: a changed source is a new version. */
export interface StrategyVersionTable {
  strategy_id: string;
  version: number;
  source: string;
  created_at: string;
}

export interface StrategyTagTable {
  strategy_id: string;
  tag: string;
}

export interface JobTable {
  id: string;
  kind: string;
  /** queued | running | succeeded | failed | cancelled */
  state: string;
  /** JSON: what the job needs to run (for a backtest, its id). */
  payload: string;
  progress: number;
  message: string | null;
  error: string | null;
  attempts: number;
  owner: string | null;
  heartbeat_at: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface BacktestTable {
  id: string;
  job_id: string;
  strategy_id: string;
  strategy_version: number;
  strategy_name: string;
  dataset_id: string;
  /** JSON BacktestConfig. Status, error and finish time are the job's. */
  config: string;
  /** JSON summary rows once finished. */
  summary: string | null;
  trade_count: number | null;
  net_profit: number | null;
  created_at: string;
}

/** JSON documents of a finished backtest. */
export interface BacktestResultTable {
  backtest_id: string;
  trades: string;
  /** TradingView's List of Trades CSV export. */
  trades_csv: string;
  equity: string;
  plots: string;
  range: string;
}

export interface MigrationMarker {
  name: Generated<string>;
}

export interface Schema {
  datasets: DatasetTable;
  bar_chunks: BarChunkTable;
  known_gaps: KnownGapTable;
  fresh_datasets: FreshDatasetTable;
  strategies: StrategyTable;
  strategy_versions: StrategyVersionTable;
  strategy_tags: StrategyTagTable;
  jobs: JobTable;
  backtests: BacktestTable;
  backtest_results: BacktestResultTable;
}

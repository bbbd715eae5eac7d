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

export interface MigrationMarker {
  name: Generated<string>;
}

export interface Schema {
  datasets: DatasetTable;
  bar_chunks: BarChunkTable;
  known_gaps: KnownGapTable;
  fresh_datasets: FreshDatasetTable;
}

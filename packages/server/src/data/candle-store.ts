/**
 * The candle store: datasets of bars per (source, ticker, timeframe), kept as columnar chunks in
 * the database (SQLite or PostgreSQL) so that loading a million bars is a few dozen row reads and
 * memory copies (docs/adr/0003). Writes are transactional: a failed write leaves the store as it was.
 */
import { randomUUID } from 'node:crypto';
import {
  allocateColumns,
  type BarColumns,
  type Bars,
  createBars,
  findDisorder,
  formatTimeframe,
  InputError,
  lowerBound,
  parseTimeframe,
  type SymbolInfo,
  type Timeframe,
  upperBound,
} from '@barwise/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../store/database.ts';
import type { DatasetTable, Schema } from '../store/schema.ts';
import { decodeChunkInto, encodeChunk } from './bar-chunk-codec.ts';
import { mergeIntoChunks } from './candle-store-merge.ts';
import type { Dataset, DatasetKey } from './dataset.ts';

/** Bars per stored chunk: ~786 KB per chunk; 1 M bars = 62 rows (measured in bench/, ADR 0003). */
export const CHUNK_BARS = 16_384;

export interface TimeRange {
  /** Inclusive lower bound on bar open time, ms UTC. */
  readonly from?: number | undefined;
  /** Exclusive upper bound on bar open time, ms UTC. */
  readonly to?: number | undefined;
}

export interface WriteOptions {
  readonly source: string;
  readonly origin: string;
  /**
   * `append` (default) adds only bars newer than the stored ones; `replace` rewrites the dataset;
   * `create` fails with DatasetExistsError when the dataset is already there.
   */
  readonly mode?: 'append' | 'replace' | 'create';
}

export interface WriteResult {
  readonly dataset: Dataset;
  readonly added: number;
  /** Bars not newer than the stored coverage, left out by an append. */
  readonly skipped: number;
}

export class DatasetNotFoundError extends InputError {
  override name = 'DatasetNotFoundError';
}

export class DatasetExistsError extends InputError {
  override name = 'DatasetExistsError';
  constructor(readonly dataset: Dataset) {
    super(
      `dataset ${dataset.source}:${dataset.ticker} ${formatTimeframe(dataset.timeframe)} already exists`,
    );
  }
}

export class CandleStore {
  private readonly db: Kysely<Schema>;

  constructor(private readonly database: Database) {
    this.db = database.db;
  }

  async list(filter: Partial<DatasetKey> = {}): Promise<Dataset[]> {
    let query = this.db.selectFrom('datasets').selectAll();
    if (filter.source) query = query.where('source', '=', filter.source);
    if (filter.ticker) query = query.where('ticker', '=', filter.ticker);
    if (filter.timeframe) query = query.where('timeframe', '=', formatTimeframe(filter.timeframe));
    const rows = await query.orderBy('ticker').orderBy('timeframe').orderBy('source').execute();
    return rows.map(toDataset);
  }

  async get(id: string): Promise<Dataset | undefined> {
    const row = await this.db
      .selectFrom('datasets')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toDataset(row);
  }

  async find(key: DatasetKey): Promise<Dataset | undefined> {
    const row = await this.db
      .selectFrom('datasets')
      .selectAll()
      .where('source', '=', key.source)
      .where('ticker', '=', key.ticker)
      .where('timeframe', '=', formatTimeframe(key.timeframe))
      .executeTakeFirst();
    return row && toDataset(row);
  }

  /** The one dataset of a ticker and timeframe; `source` is needed only when several sources have it. */
  async resolve(ticker: string, timeframe: Timeframe, source?: string): Promise<Dataset> {
    const found = await this.list({ ticker, timeframe, ...(source ? { source } : {}) });
    const name = `${source ? `${source}:` : ''}${ticker} ${formatTimeframe(timeframe)}`;
    if (found.length === 0)
      throw new DatasetNotFoundError(`no dataset ${name} (see \`barwise data list\`)`);
    if (found.length > 1) {
      const sources = found.map((d) => d.source).join(', ');
      throw new InputError(
        `dataset ${name} exists in several sources (${sources}): name one as SOURCE:${ticker}`,
      );
    }
    return found[0]!;
  }

  async load(dataset: Dataset, range: TimeRange = {}): Promise<Bars> {
    const from = range.from ?? -Infinity;
    const to = range.to ?? Infinity;
    let query = this.db
      .selectFrom('bar_chunks')
      .select(['bar_count', 'data'])
      .where('dataset_id', '=', dataset.id)
      .orderBy('seq');
    if (Number.isFinite(from)) query = query.where('last_time', '>=', from);
    if (Number.isFinite(to)) query = query.where('first_time', '<', to);
    const chunks = await query.execute();
    const total = chunks.reduce((sum, c) => sum + c.bar_count, 0);
    const columns = allocateColumns(total);
    let at = 0;
    for (const chunk of chunks) {
      decodeChunkInto(chunk.data, chunk.bar_count, columns, at);
      at += chunk.bar_count;
    }
    return trimToRange(createBars(dataset.symbol, dataset.timeframe, columns), from, to);
  }

  /** Stores bars (times strictly increasing) under (source, bars.symbol.ticker, bars.timeframe). */
  async write(bars: Bars, options: WriteOptions): Promise<WriteResult> {
    const disorder = findDisorder(bars.time);
    if (disorder >= 0)
      throw new InputError(
        `bar ${disorder} has time ${bars.time[disorder]}, not after the previous bar`,
      );
    return this.db.transaction().execute(async (trx) => {
      const key = { source: options.source, ticker: bars.symbol.ticker, timeframe: bars.timeframe };
      let row = await this.lockDataset(trx, key);
      if (row && options.mode === 'create') throw new DatasetExistsError(toDataset(row));
      if (row && options.mode === 'replace') {
        await trx.deleteFrom('bar_chunks').where('dataset_id', '=', row.id).execute();
        row = await this.resetDataset(trx, row.id, bars.symbol, options.origin);
      }
      row ??= await this.createDataset(trx, key, bars.symbol, options.origin);
      const start = row.last_time === null ? 0 : upperBound(bars.time, row.last_time);
      const added = bars.length - start;
      if (added > 0) await this.appendChunks(trx, row, bars, start);
      const updated = await this.updateCoverage(
        trx,
        row.id,
        added > 0 ? bars.time[bars.length - 1]! : null,
      );
      return { dataset: toDataset(updated), added, skipped: start };
    });
  }

  /**
   * Adds bars anywhere in time, e.g. to fill a hole in the middle (gap repair) or history before the
   * first bar; times already stored keep their stored bar. One transaction, like `write`.
   */
  async merge(bars: Bars, options: Omit<WriteOptions, 'mode'>): Promise<WriteResult> {
    const disorder = findDisorder(bars.time);
    if (disorder >= 0)
      throw new InputError(
        `bar ${disorder} has time ${bars.time[disorder]}, not after the previous bar`,
      );
    return this.db.transaction().execute(async (trx) => {
      const key = { source: options.source, ticker: bars.symbol.ticker, timeframe: bars.timeframe };
      const row =
        (await this.lockDataset(trx, key)) ??
        (await this.createDataset(trx, key, bars.symbol, options.origin));
      const { added, skipped } = await mergeIntoChunks(trx, row.id, CHUNK_BARS, bars);
      const last = bars.length ? bars.time[bars.length - 1]! : null;
      const lastTime = last === null ? row.last_time : Math.max(last, row.last_time ?? last);
      const updated = await this.updateCoverage(trx, row.id, added > 0 ? lastTime : null);
      return { dataset: toDataset(updated), added, skipped };
    });
  }

  async delete(dataset: Dataset): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('bar_chunks').where('dataset_id', '=', dataset.id).execute();
      await trx.deleteFrom('datasets').where('id', '=', dataset.id).execute();
    });
  }

  private async lockDataset(trx: Transaction<Schema>, key: DatasetKey) {
    let query = trx
      .selectFrom('datasets')
      .selectAll()
      .where('source', '=', key.source)
      .where('ticker', '=', key.ticker)
      .where('timeframe', '=', formatTimeframe(key.timeframe));
    // SQLite serialises writers itself; PostgreSQL needs the row lock against concurrent appends.
    if (this.database.dialect === 'postgres') query = query.forUpdate();
    return query.executeTakeFirst();
  }

  private async createDataset(
    trx: Transaction<Schema>,
    key: DatasetKey,
    symbol: SymbolInfo,
    origin: string,
  ) {
    const now = new Date().toISOString();
    return trx
      .insertInto('datasets')
      .values({
        id: randomUUID(),
        source: key.source,
        ticker: key.ticker,
        timeframe: formatTimeframe(key.timeframe),
        ...symbolColumns(symbol),
        origin,
        bar_count: 0,
        first_time: null,
        last_time: null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  private async resetDataset(
    trx: Transaction<Schema>,
    id: string,
    symbol: SymbolInfo,
    origin: string,
  ) {
    return trx
      .updateTable('datasets')
      .set({ ...symbolColumns(symbol), origin, bar_count: 0, first_time: null, last_time: null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Fills the last stored chunk up to CHUNK_BARS, then adds new chunks. */
  private async appendChunks(
    trx: Transaction<Schema>,
    row: Selectable<DatasetTable>,
    bars: Bars,
    start: number,
  ) {
    const last = await trx
      .selectFrom('bar_chunks')
      .selectAll()
      .where('dataset_id', '=', row.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    let seq = 0;
    let columns: BarColumns = bars;
    let from = start;
    if (last && last.bar_count < CHUNK_BARS) {
      // Rewrite the partial chunk together with the new bars.
      columns = concatColumns(last, bars, start);
      from = 0;
      seq = last.seq;
      await trx
        .deleteFrom('bar_chunks')
        .where('dataset_id', '=', row.id)
        .where('seq', '=', last.seq)
        .execute();
    } else if (last) {
      seq = last.seq + 1;
    }
    const end = columns.time.length;
    for (let i = from; i < end; i += CHUNK_BARS, seq++) {
      const stop = Math.min(i + CHUNK_BARS, end);
      await trx
        .insertInto('bar_chunks')
        .values({
          dataset_id: row.id,
          seq,
          first_time: columns.time[i]!,
          last_time: columns.time[stop - 1]!,
          bar_count: stop - i,
          data: encodeChunk(columns, i, stop),
        })
        .execute();
    }
  }

  private async updateCoverage(trx: Transaction<Schema>, id: string, lastTime: number | null) {
    const stats = await trx
      .selectFrom('bar_chunks')
      .select((eb) => [
        eb.fn.sum<number>('bar_count').as('bars'),
        eb.fn.min<number>('first_time').as('first'),
      ])
      .where('dataset_id', '=', id)
      .executeTakeFirstOrThrow();
    const patch = {
      bar_count: Number(stats.bars ?? 0),
      first_time: stats.first === null ? null : Number(stats.first),
      updated_at: new Date().toISOString(),
      ...(lastTime === null ? {} : { last_time: lastTime }),
    };
    return trx
      .updateTable('datasets')
      .set(patch)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}

function concatColumns(
  chunk: { bar_count: number; data: Uint8Array },
  bars: Bars,
  start: number,
): BarColumns {
  const added = bars.length - start;
  const columns = allocateColumns(chunk.bar_count + added);
  decodeChunkInto(chunk.data, chunk.bar_count, columns, 0);
  for (const field of ['time', 'open', 'high', 'low', 'close', 'volume'] as const) {
    columns[field].set(bars[field].subarray(start), chunk.bar_count);
  }
  return columns;
}

function trimToRange(bars: Bars, from: number, to: number): Bars {
  const start = lowerBound(bars.time, from);
  const end = lowerBound(bars.time, to);
  if (start === 0 && end === bars.length) return bars;
  const view = (c: Float64Array) => c.subarray(start, end);
  return createBars(bars.symbol, bars.timeframe, {
    time: view(bars.time),
    open: view(bars.open),
    high: view(bars.high),
    low: view(bars.low),
    close: view(bars.close),
    volume: view(bars.volume),
  });
}

function symbolColumns(symbol: SymbolInfo) {
  return {
    exchange: symbol.exchange,
    timezone: symbol.timezone,
    session: symbol.session,
    mintick: symbol.mintick,
    point_value: symbol.pointValue,
    lot_size: symbol.lotSize,
    currency: symbol.currency,
  };
}

function toDataset(row: Selectable<DatasetTable>): Dataset {
  const timeframe = parseTimeframe(row.timeframe);
  return {
    id: row.id,
    source: row.source,
    ticker: row.ticker,
    timeframe,
    symbol: {
      ticker: row.ticker,
      exchange: row.exchange,
      timezone: row.timezone,
      session: row.session,
      mintick: Number(row.mintick),
      pointValue: Number(row.point_value),
      lotSize: Number(row.lot_size),
      currency: row.currency,
    },
    origin: row.origin,
    barCount: Number(row.bar_count),
    firstTime: row.first_time === null ? null : Number(row.first_time),
    lastTime: row.last_time === null ? null : Number(row.last_time),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

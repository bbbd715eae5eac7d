/**
 * Backtest records: creating one stores it with its job in one transaction, so a backtest is
 * never without the job that runs it; its status, error and finish time are the job's. Reads
 * serve the stored results the API exposes.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ConflictError, FieldError, NotFoundError } from '../api/http-errors.ts';
import type { CandleStore } from '../data/candle-store.ts';
import type { JobState } from '../jobs/job.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Database } from '../store/database.ts';
import type { Schema } from '../store/schema.ts';
import type { BacktestConfig, BacktestJobPayload } from './backtest-config.ts';
import { BACKTEST_JOB } from './backtest-job-kind.ts';
import type { BacktestTrade, EquitySeries, PlotSeries, TestedRange } from './backtest-result.ts';
import type { SummaryTableRow } from './summary-table.ts';

export interface Backtest {
  readonly id: string;
  readonly jobId: string;
  readonly status: JobState;
  readonly strategyName: string;
  readonly config: BacktestConfig;
  /** ISO times. */
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
  readonly summary: SummaryTableRow[] | null;
  readonly tradeCount: number | null;
  readonly netProfit: number | null;
}

export type CreateBacktestRequest = Omit<BacktestConfig, 'strategyVersion' | 'fillModel'> & {
  /** Default: the strategy's latest version. */
  readonly strategyVersion?: number | undefined;
};

export interface BacktestFilter {
  readonly strategyId?: string | undefined;
  readonly datasetId?: string | undefined;
  readonly status?: JobState | undefined;
}

export interface BarsColumns {
  readonly datasetId: string;
  readonly time: number[];
  readonly open: number[];
  readonly high: number[];
  readonly low: number[];
  readonly close: number[];
  /** null where the source has no volume. */
  readonly volume: (number | null)[];
}

export class BacktestService {
  private readonly db: Kysely<Schema>;
  private readonly candles: CandleStore;

  constructor(
    services: { readonly database: Database; readonly candles: CandleStore },
    private readonly queue: JobQueue,
  ) {
    this.db = services.database.db;
    this.candles = services.candles;
  }

  /** Validates the references, then stores the backtest and its queued job together. */
  async create(request: CreateBacktestRequest): Promise<Backtest> {
    const strategy = await this.db
      .selectFrom('strategies')
      .select(['name', 'latest_version'])
      .where('id', '=', request.strategyId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!strategy) throw new NotFoundError('strategy', request.strategyId);
    const strategyVersion = request.strategyVersion ?? strategy.latest_version;
    const version = await this.db
      .selectFrom('strategy_versions')
      .select('version')
      .where('strategy_id', '=', request.strategyId)
      .where('version', '=', strategyVersion)
      .executeTakeFirst();
    if (!version)
      throw new NotFoundError('strategy version', `${request.strategyId}@${strategyVersion}`);
    if (!(await this.candles.get(request.datasetId)))
      throw new NotFoundError('dataset', request.datasetId);
    if (request.from !== undefined && request.to !== undefined && request.from >= request.to)
      throw new FieldError('to', 'must be after from');
    const config: BacktestConfig = {
      strategyId: request.strategyId,
      strategyVersion,
      datasetId: request.datasetId,
      ...(request.from === undefined ? {} : { from: request.from }),
      ...(request.to === undefined ? {} : { to: request.to }),
      ...(request.initialCapital === undefined ? {} : { initialCapital: request.initialCapital }),
      ...(request.commission === undefined ? {} : { commission: request.commission }),
      ...(request.slippageTicks === undefined ? {} : { slippageTicks: request.slippageTicks }),
      ...(request.inputs === undefined ? {} : { inputs: request.inputs }),
      fillModel: 'tradingview',
    };
    const id = randomUUID();
    const payload: BacktestJobPayload = { backtestId: id };
    await this.queue.enqueue({
      kind: BACKTEST_JOB,
      payload,
      alongside: async (trx, job) => {
        await trx
          .insertInto('backtests')
          .values({
            id,
            job_id: job.id,
            strategy_id: config.strategyId,
            strategy_version: config.strategyVersion,
            strategy_name: strategy.name,
            dataset_id: config.datasetId,
            config: JSON.stringify(config),
            summary: null,
            trade_count: null,
            net_profit: null,
            created_at: job.createdAt,
          })
          .execute();
      },
    });
    return this.get(id);
  }

  /** Newest first. */
  async list(filter: BacktestFilter = {}): Promise<Backtest[]> {
    let query = this.selectBacktests();
    if (filter.strategyId) query = query.where('backtests.strategy_id', '=', filter.strategyId);
    if (filter.datasetId) query = query.where('backtests.dataset_id', '=', filter.datasetId);
    if (filter.status) query = query.where('jobs.state', '=', filter.status);
    const rows = await query
      .orderBy('backtests.created_at', 'desc')
      .orderBy('backtests.id', 'desc')
      .execute();
    return rows.map(toBacktest);
  }

  async get(id: string): Promise<Backtest> {
    const row = await this.selectBacktests().where('backtests.id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('backtest', id);
    return toBacktest(row);
  }

  /** In the order asked; the first unknown id is a NotFoundError. */
  async compare(ids: readonly string[]): Promise<Backtest[]> {
    const found =
      ids.length === 0
        ? []
        : await this.selectBacktests().where('backtests.id', 'in', ids).execute();
    const byId = new Map(found.map((row) => [row.id, toBacktest(row)]));
    return ids.map((id) => {
      const backtest = byId.get(id);
      if (!backtest) throw new NotFoundError('backtest', id);
      return backtest;
    });
  }

  async trades(id: string): Promise<BacktestTrade[]> {
    return JSON.parse((await this.result(id)).trades) as BacktestTrade[];
  }

  async tradesCsv(id: string): Promise<string> {
    return (await this.result(id)).trades_csv;
  }

  async equity(id: string): Promise<EquitySeries> {
    return JSON.parse((await this.result(id)).equity) as EquitySeries;
  }

  async plots(id: string): Promise<PlotSeries> {
    return JSON.parse((await this.result(id)).plots) as PlotSeries;
  }

  /** The dataset's bars over the tested range, columnar (what the chart draws under the plots). */
  async bars(id: string): Promise<BarsColumns> {
    const backtest = await this.get(id);
    const range = JSON.parse((await this.result(id)).range) as TestedRange;
    const dataset = await this.candles.get(backtest.config.datasetId);
    if (!dataset) throw new NotFoundError('dataset', backtest.config.datasetId);
    const bars = await this.candles.load(dataset, { from: range.from, to: range.to + 1 });
    return {
      datasetId: dataset.id,
      time: Array.from(bars.time),
      open: Array.from(bars.open),
      high: Array.from(bars.high),
      low: Array.from(bars.low),
      close: Array.from(bars.close),
      volume: Array.from(bars.volume, (v) => (Number.isNaN(v) ? null : v)),
    };
  }

  /** Cancels the backtest's job if it has not finished, then forgets the backtest and results. */
  async delete(id: string): Promise<void> {
    const backtest = await this.get(id);
    await this.queue.cancel(backtest.jobId);
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('backtest_results').where('backtest_id', '=', id).execute();
      await trx.deleteFrom('backtests').where('id', '=', id).execute();
    });
  }

  private async result(id: string) {
    const row = await this.db
      .selectFrom('backtest_results')
      .selectAll()
      .where('backtest_id', '=', id)
      .executeTakeFirst();
    if (row) return row;
    const backtest = await this.get(id);
    throw new ConflictError(`backtest ${id} has no results: it is ${backtest.status}`);
  }

  private selectBacktests() {
    return this.db
      .selectFrom('backtests')
      .innerJoin('jobs', 'jobs.id', 'backtests.job_id')
      .selectAll('backtests')
      .select(['jobs.state', 'jobs.error', 'jobs.finished_at']);
  }
}

type BacktestRow = Awaited<
  ReturnType<ReturnType<BacktestService['selectBacktests']>['executeTakeFirstOrThrow']>
>;

function toBacktest(row: BacktestRow): Backtest {
  return {
    id: row.id,
    jobId: row.job_id,
    status: row.state as JobState,
    strategyName: row.strategy_name,
    config: JSON.parse(row.config) as BacktestConfig,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    error: row.error,
    summary: row.summary === null ? null : (JSON.parse(row.summary) as SummaryTableRow[]),
    tradeCount: row.trade_count === null ? null : Number(row.trade_count),
    netProfit: row.net_profit === null ? null : Number(row.net_profit),
  };
}

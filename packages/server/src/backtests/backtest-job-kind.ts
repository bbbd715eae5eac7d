/**
 * The `backtest` job kind. Main thread: reads the backtest's config, the strategy version's source
 * and the dataset's bars; the worker runs the backtest service; the result is stored with the
 * job's success. Bad input (no bars in range, a compile error) fails the job with one line.
 */
import { InputError } from '@barwise/core';
import { barsBefore } from '../backtest/backtest-bars.ts';
import type { CandleStore } from '../data/candle-store.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import type { Database } from '../store/database.ts';
import type { BacktestConfig, BacktestJobPayload } from './backtest-config.ts';
import type { BacktestResult } from './backtest-result.ts';
import type { BacktestTaskInput } from './backtest-task.ts';

export const BACKTEST_JOB = 'backtest';

export type BacktestJobKind = JobKind<BacktestJobPayload, BacktestTaskInput, BacktestResult>;

export function backtestJobKind(services: {
  readonly database: Database;
  readonly candles: CandleStore;
}): BacktestJobKind {
  const { db } = services.database;
  return {
    kind: BACKTEST_JOB,
    worker: new URL('./backtest-task.ts', import.meta.url),

    async prepare({ backtestId }) {
      const backtest = await db
        .selectFrom('backtests')
        .select(['config', 'strategy_name'])
        .where('id', '=', backtestId)
        .executeTakeFirst();
      if (!backtest) throw new InputError(`backtest ${backtestId} no longer exists`);
      const config = JSON.parse(backtest.config) as BacktestConfig;
      const version = await db
        .selectFrom('strategy_versions')
        .innerJoin('strategies', 'strategies.id', 'strategy_versions.strategy_id')
        .select(['strategy_versions.source', 'strategies.language'])
        .where('strategy_versions.strategy_id', '=', config.strategyId)
        .where('strategy_versions.version', '=', config.strategyVersion)
        .executeTakeFirst();
      if (!version)
        throw new InputError(
          `strategy ${config.strategyId} has no version ${config.strategyVersion}`,
        );
      if (version.language !== 'pine')
        throw new InputError(
          `${backtest.strategy_name}: only Pine strategies run as server backtests so far (this one is ${version.language})`,
        );
      const dataset = await services.candles.get(config.datasetId);
      if (!dataset) throw new InputError(`dataset ${config.datasetId} no longer exists`);
      const bars = barsBefore(
        await services.candles.load(dataset, config.to === undefined ? {} : { to: config.to }),
        undefined,
      );
      if (config.from !== undefined && config.from > bars.time[bars.length - 1]!)
        throw new InputError('from is after the last bar: no bars to backtest in the given range');
      const columns = {
        time: bars.time,
        open: bars.open,
        high: bars.high,
        low: bars.low,
        close: bars.close,
        volume: bars.volume,
      };
      const buffers = new Set(Object.values(columns).map((c) => c.buffer as ArrayBuffer));
      return {
        input: {
          source: version.source,
          fileName: `${backtest.strategy_name}.pine`,
          symbol: bars.symbol,
          timeframe: bars.timeframe,
          columns,
          config,
        },
        transfer: [...buffers],
      };
    },

    async complete(trx, { backtestId }, result) {
      const updated = await trx
        .updateTable('backtests')
        .set({
          summary: JSON.stringify(result.summary),
          trade_count: result.tradeCount,
          net_profit: Number.isFinite(result.netProfit) ? result.netProfit : null,
        })
        .where('id', '=', backtestId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        throw new Error(`backtest ${backtestId} was deleted while it ran`);
      await trx.deleteFrom('backtest_results').where('backtest_id', '=', backtestId).execute();
      await trx
        .insertInto('backtest_results')
        .values({
          backtest_id: backtestId,
          trades: JSON.stringify(result.trades),
          trades_csv: result.tradesCsv,
          equity: JSON.stringify(result.equity),
          plots: JSON.stringify(result.plots),
          range: JSON.stringify(result.range),
        })
        .execute();
    },
  };
}

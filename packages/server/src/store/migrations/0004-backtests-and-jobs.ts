/** Backtests with their full configuration and results, and the persistent job queue that runs them. */
import type { Kysely, Migration } from 'kysely';

export function backtestsAndJobsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('progress', 'double precision', (c) => c.notNull())
        .addColumn('message', 'text')
        .addColumn('error', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        // Who runs it (process id and host) and when it last reported: finds jobs a crash orphaned.
        .addColumn('owner', 'text')
        .addColumn('heartbeat_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createIndex('jobs_by_state')
        .on('jobs')
        .columns(['state', 'created_at'])
        .execute();
      await db.schema
        .createTable('backtests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id'))
        .addColumn('strategy_id', 'text', (c) => c.notNull())
        .addColumn('strategy_version', 'integer', (c) => c.notNull())
        .addColumn('strategy_name', 'text', (c) => c.notNull())
        .addColumn('dataset_id', 'text', (c) => c.notNull())
        // The whole BacktestConfig as JSON: enough to re-run the backtest exactly. Its status,
        // error and finish time are its job's (read joined), so the two cannot disagree.
        .addColumn('config', 'text', (c) => c.notNull())
        .addColumn('summary', 'text')
        .addColumn('trade_count', 'integer')
        .addColumn('net_profit', 'double precision')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addForeignKeyConstraint(
          'backtests_strategy_version',
          ['strategy_id', 'strategy_version'],
          'strategy_versions',
          ['strategy_id', 'version'],
        )
        .execute();
      await db.schema
        .createIndex('backtests_by_strategy')
        .on('backtests')
        .columns(['strategy_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('backtest_results')
        .addColumn('backtest_id', 'text', (c) =>
          c.primaryKey().references('backtests.id').onDelete('cascade'),
        )
        // JSON documents: trades, equity and drawdown series, plots, the tested bars' range; and
        // the List of Trades in TradingView's CSV export layout.
        .addColumn('trades', 'text', (c) => c.notNull())
        .addColumn('trades_csv', 'text', (c) => c.notNull())
        .addColumn('equity', 'text', (c) => c.notNull())
        .addColumn('plots', 'text', (c) => c.notNull())
        .addColumn('range', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('backtest_results').execute();
      await db.schema.dropTable('backtests').execute();
      await db.schema.dropTable('jobs').execute();
    },
  };
}

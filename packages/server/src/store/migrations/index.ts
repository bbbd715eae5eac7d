/** All migrations in order; one set for SQLite and PostgreSQL. */
import type { Migration, MigrationProvider } from 'kysely';
import type { SqlDialect } from '../dialect.ts';
import { candleStoreMigration } from './0001-candle-store.ts';
import { marketDataFetchMigration } from './0002-market-data-fetch.ts';
import { strategyLibraryMigration } from './0003-strategy-library.ts';
import { backtestsAndJobsMigration } from './0004-backtests-and-jobs.ts';

export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-candle-store': candleStoreMigration(dialect),
    '0002-market-data-fetch': marketDataFetchMigration(),
    '0003-strategy-library': strategyLibraryMigration(),
    '0004-backtests-and-jobs': backtestsAndJobsMigration(),
  };
  return { getMigrations: async () => migrations };
}

/** The candle store: a catalog of datasets and their bars in columnar chunks (docs/adr/0003). */
import type { Kysely, Migration } from 'kysely';
import type { SqlDialect } from '../dialect.ts';

export function candleStoreMigration(dialect: SqlDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('datasets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('ticker', 'text', (c) => c.notNull())
        .addColumn('timeframe', 'text', (c) => c.notNull())
        .addColumn('exchange', 'text', (c) => c.notNull())
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('session', 'text', (c) => c.notNull())
        .addColumn('mintick', 'double precision', (c) => c.notNull())
        .addColumn('point_value', 'double precision', (c) => c.notNull())
        .addColumn('lot_size', 'double precision', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('bar_count', 'integer', (c) => c.notNull())
        .addColumn('first_time', 'double precision')
        .addColumn('last_time', 'double precision')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('datasets_identity', ['source', 'ticker', 'timeframe'])
        .execute();
      await db.schema
        .createTable('bar_chunks')
        .addColumn('dataset_id', 'text', (c) =>
          c.notNull().references('datasets.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('first_time', 'double precision', (c) => c.notNull())
        .addColumn('last_time', 'double precision', (c) => c.notNull())
        .addColumn('bar_count', 'integer', (c) => c.notNull())
        .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addPrimaryKeyConstraint('bar_chunks_pk', ['dataset_id', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('bar_chunks').execute();
      await db.schema.dropTable('datasets').execute();
    },
  };
}

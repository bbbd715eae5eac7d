/** Exchange downloads: gaps the exchange itself has (not re-requested) and datasets kept fresh. */
import type { Kysely, Migration } from 'kysely';

export function marketDataFetchMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('known_gaps')
        .addColumn('dataset_id', 'text', (c) =>
          c.notNull().references('datasets.id').onDelete('cascade'),
        )
        .addColumn('from_time', 'double precision', (c) => c.notNull())
        .addColumn('to_time', 'double precision', (c) => c.notNull())
        .addColumn('missing_bars', 'integer', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('known_gaps_pk', ['dataset_id', 'from_time'])
        .execute();
      await db.schema
        .createTable('fresh_datasets')
        .addColumn('dataset_id', 'text', (c) =>
          c.primaryKey().references('datasets.id').onDelete('cascade'),
        )
        .addColumn('marked_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('fresh_datasets').execute();
      await db.schema.dropTable('known_gaps').execute();
    },
  };
}

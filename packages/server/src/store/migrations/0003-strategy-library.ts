/** The strategy library: strategies, their immutable source versions and their tags. */
import type { Kysely, Migration } from 'kysely';

export function strategyLibraryMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('strategies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('latest_version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // Deleting hides a strategy; its versions stay so past backtests can be re-run.
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema
        .createTable('strategy_versions')
        .addColumn('strategy_id', 'text', (c) =>
          c.notNull().references('strategies.id').onDelete('cascade'),
        )
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('strategy_versions_pk', ['strategy_id', 'version'])
        .execute();
      await db.schema
        .createTable('strategy_tags')
        .addColumn('strategy_id', 'text', (c) =>
          c.notNull().references('strategies.id').onDelete('cascade'),
        )
        .addColumn('tag', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('strategy_tags_pk', ['strategy_id', 'tag'])
        .execute();
      await db.schema
        .createIndex('strategy_tags_by_tag')
        .on('strategy_tags')
        .column('tag')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('strategy_tags').execute();
      await db.schema.dropTable('strategy_versions').execute();
      await db.schema.dropTable('strategies').execute();
    },
  };
}

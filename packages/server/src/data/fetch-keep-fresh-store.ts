/** Which datasets `barwise data refresh` keeps up to date (table fresh_datasets). */
import type { Database } from '../store/database.ts';
import type { Dataset } from './dataset.ts';

export class KeepFreshStore {
  constructor(private readonly database: Database) {}

  async mark(dataset: Dataset): Promise<void> {
    await this.database.db
      .insertInto('fresh_datasets')
      .values({ dataset_id: dataset.id, marked_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('dataset_id').doNothing())
      .execute();
  }

  async unmark(dataset: Dataset): Promise<void> {
    await this.database.db
      .deleteFrom('fresh_datasets')
      .where('dataset_id', '=', dataset.id)
      .execute();
  }

  /** Ids of the marked datasets. */
  async list(): Promise<Set<string>> {
    const rows = await this.database.db.selectFrom('fresh_datasets').select('dataset_id').execute();
    return new Set(rows.map((r) => r.dataset_id));
  }
}

/**
 * The strategy library: named Pine or TypeScript scripts with immutable source versions and tags,
 * kept in the Barwise database (SQLite or PostgreSQL). Deleting hides a strategy; its versions stay
 * so past backtests can be re-run and explained.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Database } from '../store/database.ts';
import type { Schema, StrategyTable } from '../store/schema.ts';
import type {
  NewStrategy,
  StoredStrategy,
  StrategyFilter,
  StrategyLanguage,
  StrategyPatch,
  StrategySummary,
  StrategyVersionInfo,
} from './strategy.ts';

export interface GetStrategyOptions {
  /** A version number; the latest when absent. */
  readonly version?: number | undefined;
  /** Also find a deleted strategy (a backtest re-run needs its source). */
  readonly includeDeleted?: boolean | undefined;
}

export class StrategyLibrary {
  private readonly db: Kysely<Schema>;

  constructor(private readonly database: Database) {
    this.db = database.db;
  }

  /** Stores a new strategy with its source as version 1. */
  async create(input: NewStrategy): Promise<StoredStrategy> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('strategies')
        .values({
          id,
          name: input.name,
          language: input.language,
          description: input.description ?? '',
          latest_version: 1,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
      await trx
        .insertInto('strategy_versions')
        .values({ strategy_id: id, version: 1, source: input.source, created_at: now })
        .execute();
      await writeTags(trx, id, normalizeTags(input.tags ?? []));
    });
    return (await this.get(id))!;
  }

  /** The strategy at its latest (or the given) version; undefined when unknown or deleted. */
  async get(id: string, options: GetStrategyOptions = {}): Promise<StoredStrategy | undefined> {
    const row = await this.findRow(this.db, id, options.includeDeleted ?? false);
    if (!row) return undefined;
    const version = options.version ?? row.latest_version;
    const stored = await this.db
      .selectFrom('strategy_versions')
      .select(['source'])
      .where('strategy_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!stored) return undefined;
    const tags = await this.tagsOf([id]);
    return {
      ...toSummary(row, tags.get(id) ?? []),
      version,
      latestVersion: row.latest_version,
      source: stored.source,
      deleted: row.deleted_at !== null,
    };
  }

  /** Live strategies, most recently updated first. */
  async list(filter: StrategyFilter = {}): Promise<StrategySummary[]> {
    let query = this.db.selectFrom('strategies').selectAll().where('deleted_at', 'is', null);
    const q = filter.q?.trim();
    if (q) {
      // Both dialects: lower() on both sides; LIKE wildcards in the query are taken literally.
      const pattern = `%${escapeLike(q.toLowerCase())}%`;
      query = query.where(({ or }) =>
        or([
          sql<boolean>`lower(${sql.ref('name')}) like ${pattern} escape '\\'`,
          sql<boolean>`lower(${sql.ref('description')}) like ${pattern} escape '\\'`,
        ]),
      );
    }
    if (filter.tag) {
      const tag = filter.tag;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('strategy_tags')
            .select('strategy_tags.tag')
            .whereRef('strategy_tags.strategy_id', '=', 'strategies.id')
            .where('strategy_tags.tag', '=', tag),
        ),
      );
    }
    const rows = await query.orderBy('updated_at', 'desc').orderBy('id').execute();
    const tags = await this.tagsOf(rows.map((r) => r.id));
    return rows.map((row) => toSummary(row, tags.get(row.id) ?? []));
  }

  /** Versions oldest first; undefined when the strategy is unknown or deleted. */
  async versions(id: string): Promise<StrategyVersionInfo[] | undefined> {
    if (!(await this.findRow(this.db, id, false))) return undefined;
    const rows = await this.db
      .selectFrom('strategy_versions')
      .select(['version', 'created_at'])
      .where('strategy_id', '=', id)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({ version: Number(r.version), createdAt: r.created_at }));
  }

  /** Applies a patch; a source unlike the latest one becomes the next version. */
  async update(id: string, patch: StrategyPatch): Promise<StoredStrategy | undefined> {
    const found = await this.db.transaction().execute(async (trx) => {
      const row = await this.findRow(trx, id, false, true);
      if (!row) return false;
      const now = new Date().toISOString();
      let latest = row.latest_version;
      if (patch.source !== undefined) {
        const current = await trx
          .selectFrom('strategy_versions')
          .select('source')
          .where('strategy_id', '=', id)
          .where('version', '=', latest)
          .executeTakeFirstOrThrow();
        if (current.source !== patch.source) {
          latest += 1;
          await trx
            .insertInto('strategy_versions')
            .values({ strategy_id: id, version: latest, source: patch.source, created_at: now })
            .execute();
        }
      }
      await trx
        .updateTable('strategies')
        .set({
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.description === undefined ? {} : { description: patch.description }),
          latest_version: latest,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      if (patch.tags !== undefined) {
        await trx.deleteFrom('strategy_tags').where('strategy_id', '=', id).execute();
        await writeTags(trx, id, normalizeTags(patch.tags));
      }
      return true;
    });
    return found ? this.get(id) : undefined;
  }

  /** Hides the strategy; false when it is unknown or already deleted. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('strategies')
      .set({ deleted_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  private async findRow(
    db: Kysely<Schema> | Transaction<Schema>,
    id: string,
    includeDeleted: boolean,
    lock = false,
  ): Promise<Selectable<StrategyTable> | undefined> {
    let query = db.selectFrom('strategies').selectAll().where('id', '=', id);
    if (!includeDeleted) query = query.where('deleted_at', 'is', null);
    // SQLite serialises writers itself; PostgreSQL needs the row lock so two updates of the same
    // strategy cannot both take the same next version number.
    if (lock && this.database.dialect === 'postgres') query = query.forUpdate();
    return query.executeTakeFirst();
  }

  private async tagsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const tags = new Map<string, string[]>();
    if (ids.length === 0) return tags;
    const rows = await this.db
      .selectFrom('strategy_tags')
      .select(['strategy_id', 'tag'])
      .where('strategy_id', 'in', ids)
      .orderBy('tag')
      .execute();
    for (const row of rows) {
      const list = tags.get(row.strategy_id);
      if (list) list.push(row.tag);
      else tags.set(row.strategy_id, [row.tag]);
    }
    return tags;
  }
}

/** Trimmed, non-empty, unique, sorted. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))].sort();
}

async function writeTags(trx: Transaction<Schema>, id: string, tags: readonly string[]) {
  if (tags.length === 0) return;
  await trx
    .insertInto('strategy_tags')
    .values(tags.map((tag) => ({ strategy_id: id, tag })))
    .execute();
}

function toSummary(row: Selectable<StrategyTable>, tags: string[]): StrategySummary {
  return {
    id: row.id,
    name: row.name,
    language: row.language as StrategyLanguage,
    description: row.description,
    tags,
    version: Number(row.latest_version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

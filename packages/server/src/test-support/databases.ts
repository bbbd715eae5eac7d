/**
 * The databases every storage contract suite runs against: a fresh SQLite file, and a fresh
 * PostgreSQL schema when a server is reachable. In CI (CI=true) an unreachable PostgreSQL fails
 * the run; on a laptop without one the PostgreSQL cases skip with a message.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase, quoteIdentifier } from '../store/database.ts';

export const TEST_POSTGRES_URL =
  process.env.BARWISE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  /** A database nobody else uses, migrated; `close` removes it. */
  open(): Promise<Database>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'barwise-test-'));
    const database = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'barwise.db') });
    return {
      ...database,
      async close() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async open() {
    const schema = `barwise_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
    const database = await openDatabase({ kind: 'postgres', url: TEST_POSTGRES_URL, schema });
    return {
      ...database,
      async close() {
        await database.close();
        await adminQuery(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
      },
    };
  },
};

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({
    connectionString: TEST_POSTGRES_URL,
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** SQLite always; PostgreSQL when reachable (or when CI demands it, so its failure is loud). */
export async function testDatabases(): Promise<TestDatabase[]> {
  const problem = await postgresReachable();
  if (problem === undefined || process.env.CI === 'true') return [sqlite, postgres];
  console.warn(`PostgreSQL cases skipped: ${TEST_POSTGRES_URL} is unreachable (${problem})`);
  return [sqlite];
}

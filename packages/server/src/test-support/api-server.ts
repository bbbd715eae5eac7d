/** An API server over a fresh test database, for route tests that use `app.inject`. */
import os from 'node:os';
import { type ApiServer, type ApiServerOptions, createApiServer } from '../api/server.ts';
import type { Barwise } from '../barwise.ts';
import { CandleStore } from '../data/candle-store.ts';
import type { TestDatabase } from './databases.ts';

export interface TestApiServer extends ApiServer {
  readonly barwise: Barwise;
  close(): Promise<void>;
}

export async function openTestApi(
  target: TestDatabase,
  options: Omit<ApiServerOptions, 'barwise'> = {},
  /** Runs before the plugins load (add an `onRoute` hook here). */
  prepare?: (server: ApiServer) => void,
): Promise<TestApiServer> {
  const database = await target.open();
  const barwise: Barwise = {
    config: { dataDir: os.tmpdir(), databaseUrl: undefined },
    database,
    candles: new CandleStore(database),
    close: () => database.close(),
  };
  const server = createApiServer({ logger: false, ...options, barwise });
  prepare?.(server);
  await server.app.ready();
  return {
    ...server,
    barwise,
    async close() {
      await server.app.close();
      await database.close();
    },
  };
}

/** A multipart/form-data body as `app.inject` takes it, encoded by the platform's FormData. */
export async function multipart(
  fields: Record<string, string>,
  file?: { name: string; content: string | Uint8Array; field?: string },
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append(file.field ?? 'file', new Blob([file.content]), file.name);
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')! },
  };
}

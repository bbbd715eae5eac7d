// The /logs WebSocket and startServer: a request to a listening server shows up as pino JSON lines.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import type { Barwise } from '../barwise.ts';
import { CandleStore } from '../data/candle-store.ts';
import { testDatabases } from '../test-support/databases.ts';
import { startServer } from './start-server.ts';

describe('log stream', () => {
  it('sends the log lines of a request to a WebSocket subscriber', async () => {
    const [sqlite] = await testDatabases();
    const database = await sqlite!.open();
    const barwise: Barwise = {
      config: { dataDir: os.tmpdir(), databaseUrl: undefined },
      database,
      candles: new CandleStore(database),
      close: () => database.close(),
    };
    const server = await startServer({ barwise, logger: false, host: '127.0.0.1', port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const socket = await server.app.injectWS('/api/v1/logs');
      const lines: { msg: string; reqId?: string; level: number }[] = [];
      const completed = new Promise<void>((resolve) => {
        socket.on('message', (data: unknown) => {
          const line = JSON.parse(String(data));
          lines.push(line);
          if (line.reqId === 'ws-test-1' && line.msg === 'request completed') resolve();
        });
      });
      const res = await fetch(`${server.url}/api/v1/health`, {
        headers: { 'x-request-id': 'ws-test-1' },
      });
      expect(res.status).toBe(200);
      await completed;
      socket.terminate();
      // Fastify logs "incoming request" and "request completed" at info (pino level 30).
      const mine = lines.filter((l) => l.reqId === 'ws-test-1');
      expect(mine.map((l) => [l.level, l.msg])).toEqual([
        [30, 'incoming request'],
        [30, 'request completed'],
      ]);
    } finally {
      await server.close();
      await database.close();
    }
  });
});

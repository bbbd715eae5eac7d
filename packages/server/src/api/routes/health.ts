/** `GET /health`: the server is up, its version and which database it uses. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Barwise } from '../../barwise.ts';
import type { ApiRoutes } from '../api-app.ts';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    database: z.enum(['sqlite', 'postgres']),
  })
  .meta({ id: 'Health' });

/** The version of @barwise/server, read once from its package.json. */
const VERSION: string = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
).version;

export function healthRoutes(barwise: Barwise): ApiRoutes {
  return (app) => {
    app.get(
      '/health',
      { schema: { tags: ['health'], summary: 'Server status', response: { 200: HealthSchema } } },
      async () => ({ status: 'ok' as const, version: VERSION, database: barwise.database.dialect }),
    );
  };
}

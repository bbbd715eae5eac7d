// The server's cross-cutting behaviour (api-contract.md): health, request ids, problem+json for
// unknown routes and internal errors, extra route registrations, the OpenAPI document, the web app.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestApi, type TestApiServer } from '../test-support/api-server.ts';
import { testDatabases } from '../test-support/databases.ts';
import type { ApiRoutes } from './api-app.ts';
import { FieldError } from './http-errors.ts';
import { MISSING_BUILD_PAGE } from './web-root.ts';

/** Extra resources as another module would pass them through `routes`. */
const extra: ApiRoutes = (app) => {
  app.get('/boom', { schema: { tags: ['test'] } }, async () => {
    throw new Error('secret detail at /home/me/db.sqlite');
  });
  app.post(
    '/echo',
    {
      schema: {
        tags: ['test'],
        body: z.object({ initialCapital: z.number().positive() }),
        response: { 200: z.object({ initialCapital: z.number() }) },
      },
    },
    async (request) => {
      if (request.body.initialCapital > 1e12) throw new FieldError('initialCapital', 'too large');
      return request.body;
    },
  );
};

for (const target of await testDatabases()) {
  describe(`server on ${target.name}`, () => {
    let api: TestApiServer;
    const registered: { method: string; url: string }[] = [];
    let webRoot: string;

    beforeAll(async () => {
      webRoot = mkdtempSync(path.join(os.tmpdir(), 'barwise-web-'));
      writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
      mkdirSync(path.join(webRoot, 'assets'));
      writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log(1)');
      api = await openTestApi(target, { routes: [extra], webRoot }, ({ app }) => {
        // Added before the plugins load, so it sees every route they register.
        app.addHook('onRoute', (route) => {
          for (const method of [route.method].flat()) registered.push({ method, url: route.url });
        });
      });
    });
    afterAll(async () => {
      await api.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    it('reports health with the database in use', async () => {
      const res = await api.app.inject({ url: '/api/v1/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', version: '0.1.0', database: target.name });
    });

    it('keeps a sane incoming request id and replaces an unsafe one', async () => {
      const kept = await api.app.inject({
        url: '/api/v1/health',
        headers: { 'x-request-id': 'abc-123' },
      });
      expect(kept.headers['x-request-id']).toBe('abc-123');
      const replaced = await api.app.inject({
        url: '/api/v1/health',
        headers: { 'x-request-id': 'bad id\r\n<script>' },
      });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('answers an unknown API route with a 404 problem', async () => {
      for (const method of ['GET', 'POST'] as const) {
        const res = await api.app.inject({ method, url: '/api/v1/nothing-here' });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({
          status: 404,
          instance: '/api/v1/nothing-here',
          requestId: res.headers['x-request-id'],
        });
      }
    });

    it('tells a plain HTTP request for the log stream to upgrade (426)', async () => {
      const res = await api.app.inject({ url: '/api/v1/logs' });
      expect(res.statusCode).toBe(426);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('hides internal errors behind a 500 problem without details', async () => {
      const res = await api.app.inject({ url: '/api/v1/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).not.toMatch(/secret|sqlite|at .*\.ts/);
      expect(res.json()).toMatchObject({ status: 500, requestId: res.headers['x-request-id'] });
    });

    it('validates extra routes and names the field (Zod schema and FieldError)', async () => {
      const post = (payload: unknown) =>
        api.app.inject({ method: 'POST', url: '/api/v1/echo', payload: payload as object });
      expect((await post({ initialCapital: 100 })).json()).toEqual({ initialCapital: 100 });
      for (const body of [{ initialCapital: -1 }, { initialCapital: 1e13 }, {}]) {
        const res = await post(body);
        expect(res.statusCode).toBe(400);
        expect(res.json().errors).toEqual([
          { field: 'initialCapital', message: expect.any(String) },
        ]);
      }
    });

    it('rejects malformed JSON with a 400 problem', async () => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/echo',
        headers: { 'content-type': 'application/json' },
        payload: '{"initialCapital":',
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('publishes a valid OpenAPI 3 document listing every API route', async () => {
      const res = await api.app.inject({ url: '/docs/json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      const validator = new Validator();
      const result = await validator.validate(doc);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      // Fastify path syntax `:id` is `{id}` in OpenAPI; HEAD routes are Fastify's automatic twins.
      const documented = new Set(
        Object.entries(doc.paths as Record<string, object>).flatMap(([p, ops]) =>
          Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
        ),
      );
      const routes = registered.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
      // At least the contract's 16 routes of this module (health 1, strategies 8, check 1,
      // datasets 5, logs 1) besides the two extra ones.
      expect(routes.length).toBeGreaterThanOrEqual(18);
      for (const route of routes) {
        expect(documented).toContain(
          `${route.method} ${route.url.replace(/:([A-Za-z]+)/g, '{$1}')}`,
        );
      }
      expect(doc.components.schemas).toHaveProperty('Strategy');
      expect(doc.components.schemas).toHaveProperty('Problem');
    });

    it('serves Swagger UI at /docs', async () => {
      const res = await api.app.inject({ url: '/docs/' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(/swagger/i);
    });

    it('serves the web app with a fallback to index.html outside /api and /docs', async () => {
      const asset = await api.app.inject({ url: '/assets/app.js' });
      expect(asset.body).toBe('console.log(1)');
      for (const url of ['/', '/strategies/abc', '/backtests?tab=trades']) {
        const page = await api.app.inject({ url });
        expect(page.statusCode).toBe(200);
        expect(page.body).toBe('<!doctype html><title>app</title>');
      }
      expect((await api.app.inject({ url: '/docs/nothing' })).statusCode).toBe(404);
    });
  });
}

describe('server without a web build', () => {
  it('says how to build the web app', async () => {
    const [sqlite] = await testDatabases();
    const empty = mkdtempSync(path.join(os.tmpdir(), 'barwise-web-'));
    const api = await openTestApi(sqlite!, { webRoot: empty });
    try {
      const res = await api.app.inject({ url: '/strategies' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(MISSING_BUILD_PAGE);
      expect(res.body).toContain('npm run build -w packages/web');
    } finally {
      await api.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

// Strategy routes against the HTTP contract (api-contract.md), on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { multipart, openTestApi, type TestApiServer } from '../test-support/api-server.ts';
import { testDatabases } from '../test-support/databases.ts';

const SOURCE = [
  '//@version=6',
  'strategy("Cross", overlay=true)',
  'len = input.int(14, "Length", minval=1)',
  'plot(ta.sma(close, len))',
].join('\n');
const DRAFT = '//@version=6\nindicator("x")\nplot(foo)\n';

for (const target of await testDatabases()) {
  describe(`strategy routes on ${target.name}`, () => {
    let api: TestApiServer;
    beforeEach(async () => {
      api = await openTestApi(target);
    });
    afterEach(async () => api.close());

    const create = async (body: Record<string, unknown>) =>
      api.app.inject({ method: 'POST', url: '/api/v1/strategies', payload: body });

    it('creates a strategy with its kind, parameters and no diagnostics', async () => {
      const res = await create({ name: 'Cross', source: SOURCE, tags: ['trend'] });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({
        name: 'Cross',
        language: 'pine',
        description: '',
        tags: ['trend'],
        version: 1,
        source: SOURCE,
        kind: 'strategy',
        // input.int(14, "Length", minval=1) — TradingView's input.int(defval, title, minval).
        parameters: [{ title: 'Length', type: 'int', defval: 14, minval: 1 }],
        diagnostics: [],
      });
      expect(Date.parse(body.createdAt)).not.toBeNaN();
      const got = await api.app.inject({ url: `/api/v1/strategies/${body.id}` });
      expect(got.json()).toEqual(body);
    });

    it('keeps a draft with errors and says where they are', async () => {
      const res = await create({ name: 'Draft', source: DRAFT });
      expect(res.statusCode).toBe(201);
      // `foo` is at line 3, column 6 of DRAFT.
      expect(res.json().diagnostics).toEqual([
        expect.objectContaining({ severity: 'error', line: 3, column: 6 }),
      ]);
    });

    it('lists with q and tag filters', async () => {
      await create({ name: 'RSI Reversal', source: SOURCE, tags: ['mr'] });
      await create({ name: 'Breakout', description: 'Donchian', source: SOURCE, tags: ['trend'] });
      const names = async (query: string) =>
        (await api.app.inject({ url: `/api/v1/strategies${query}` }))
          .json()
          .items.map((s: { name: string }) => s.name)
          .sort();
      expect(await names('')).toEqual(['Breakout', 'RSI Reversal']);
      expect(await names('?q=donch')).toEqual(['Breakout']);
      expect(await names('?tag=mr')).toEqual(['RSI Reversal']);
      expect(await names('?q=rsi&tag=trend')).toEqual([]);
    });

    it('versions on a changed source only, and serves each version', async () => {
      const { id } = (await create({ name: 'A', source: SOURCE })).json();
      const put = (body: Record<string, unknown>) =>
        api.app.inject({ method: 'PUT', url: `/api/v1/strategies/${id}`, payload: body });
      expect((await put({ name: 'B', source: SOURCE })).json()).toMatchObject({
        name: 'B',
        version: 1,
      });
      expect((await put({ source: DRAFT })).json()).toMatchObject({
        version: 2,
        kind: 'indicator',
      });
      const versions = (await api.app.inject({ url: `/api/v1/strategies/${id}/versions` })).json();
      expect(versions.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
      const first = await api.app.inject({ url: `/api/v1/strategies/${id}/versions/1` });
      expect(first.json()).toMatchObject({ version: 1, source: SOURCE, kind: 'strategy' });
      const missing = await api.app.inject({ url: `/api/v1/strategies/${id}/versions/3` });
      expect(missing.statusCode).toBe(404);
    });

    it('deletes (204), then answers 404', async () => {
      const { id } = (await create({ name: 'A', source: SOURCE })).json();
      const del = await api.app.inject({ method: 'DELETE', url: `/api/v1/strategies/${id}` });
      expect(del.statusCode).toBe(204);
      expect(del.body).toBe('');
      const again = await api.app.inject({ method: 'DELETE', url: `/api/v1/strategies/${id}` });
      expect(again.statusCode).toBe(404);
      expect((await api.app.inject({ url: '/api/v1/strategies' })).json().items).toEqual([]);
    });

    it('answers an unknown id with a 404 problem carrying the request id', async () => {
      const res = await api.app.inject({
        url: '/api/v1/strategies/nope',
        headers: { 'x-request-id': 'req-42' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['x-request-id']).toBe('req-42');
      expect(res.json()).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: 'strategy "nope" does not exist',
        instance: '/api/v1/strategies/nope',
        requestId: 'req-42',
      });
    });

    it.each([
      [{ source: SOURCE }, 'name'],
      [{ name: 'A', source: SOURCE, language: 'python' }, 'language'],
      [{ name: 'A', source: SOURCE, tags: ['a,b'] }, 'tags.0'],
      [{ name: 'A', source: SOURCE, sorce: 'typo' }, 'sorce'],
    ])('rejects body %j naming field %s', async (body, field) => {
      const res = await create(body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('names a bad version number', async () => {
      const res = await api.app.inject({ url: '/api/v1/strategies/x/versions/zero' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('version');
    });

    it('uploads a .pine file named by its stem, with comma-separated tags', async () => {
      const form = await multipart(
        { tags: 'trend, ma' },
        { name: 'SMA Cross.pine', content: SOURCE },
      );
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/strategies/upload',
        ...form,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        name: 'SMA Cross',
        language: 'pine',
        tags: ['ma', 'trend'],
        kind: 'strategy',
      });
    });

    it('uploads a .ts file as a TypeScript strategy with a given name', async () => {
      const form = await multipart({ name: 'Grid' }, { name: 'grid.ts', content: 'export {}' });
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/strategies/upload',
        ...form,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ name: 'Grid', language: 'ts', kind: 'strategy' });
    });

    it.each([
      [{}, { name: 'notes.txt', content: 'x' }, 'file'],
      [{}, undefined, 'file'],
      [{ colour: 'red' }, { name: 'a.pine', content: SOURCE }, 'colour'],
    ])('rejects upload fields %j / file %j naming %s', async (fields, file, field) => {
      const form = await multipart(fields, file);
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/strategies/upload',
        ...form,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('checks a script without storing it', async () => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/check',
        payload: { source: DRAFT },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        kind: 'indicator',
        parameters: [],
        diagnostics: [{ severity: 'error', line: 3, column: 6 }],
      });
      expect((await api.app.inject({ url: '/api/v1/strategies' })).json().items).toEqual([]);
      const bad = await api.app.inject({ method: 'POST', url: '/api/v1/check', payload: {} });
      expect(bad.json().errors[0].field).toBe('source');
    });
  });
}

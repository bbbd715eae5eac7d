// Dataset routes against the HTTP contract (api-contract.md), on SQLite and PostgreSQL; the
// reference data is backtesting.py's GOOG daily file, whose rows we count and read here.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { multipart, openTestApi, type TestApiServer } from '../test-support/api-server.ts';
import { testDatabases } from '../test-support/databases.ts';

const GOOG_FILE = '/work/shared/reference/backtesting-py/GOOG.csv';
const GOOG = readFileSync(GOOG_FILE, 'utf8');
/** Data rows: every non-empty line after the header `,Open,High,Low,Close,Volume` (dates unique). */
const ROWS = GOOG.split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split(','));
const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`);

for (const target of await testDatabases()) {
  describe(`dataset routes on ${target.name}`, () => {
    let api: TestApiServer;
    beforeEach(async () => {
      api = await openTestApi(target, { uploadLimitBytes: 1024 * 1024 });
    });
    afterEach(async () => api.close());

    const upload = async (fields: Record<string, string>, name = 'GOOG.csv', content = GOOG) =>
      api.app.inject({
        method: 'POST',
        url: '/api/v1/datasets',
        ...(await multipart(fields, { name, content })),
      });

    it('imports GOOG.csv: one bar per row, ticker from the file name, daily timeframe inferred', async () => {
      const res = await upload({});
      expect(res.statusCode).toBe(201);
      const dataset = res.json();
      expect(dataset).toMatchObject({
        ticker: 'GOOG',
        source: 'csv',
        timeframe: '1D',
        barCount: ROWS.length,
        firstTime: utcDay(ROWS[0]![0]!),
        lastTime: utcDay(ROWS.at(-1)![0]!),
        timezone: 'UTC',
      });
      expect(ROWS.length).toBe(2148);
      const list = (await api.app.inject({ url: '/api/v1/datasets' })).json();
      expect(list.items).toEqual([dataset]);
      expect((await api.app.inject({ url: `/api/v1/datasets/${dataset.id}` })).json()).toEqual(
        dataset,
      );
    });

    it('serves the last `limit` bars of [from, to) as columns', async () => {
      const { id } = (await upload({ ticker: 'G', timeframe: 'D' })).json();
      const last = (await api.app.inject({ url: `/api/v1/datasets/${id}/bars?limit=2` })).json();
      // The file's last two rows: 2013-02-28 and 2013-03-01.
      const [a, b] = ROWS.slice(-2) as [string[], string[]];
      expect(last).toEqual({
        datasetId: id,
        time: [utcDay(a[0]!), utcDay(b[0]!)],
        open: [Number(a[1]), Number(b[1])],
        high: [Number(a[2]), Number(b[2])],
        low: [Number(a[3]), Number(b[3])],
        close: [Number(a[4]), Number(b[4])],
        volume: [Number(a[5]), Number(b[5])],
      });
      // [2004-08-19, 2004-08-21) holds the file's first two rows (19th and 20th).
      const from = utcDay('2004-08-19');
      const to = utcDay('2004-08-21');
      const range = (
        await api.app.inject({ url: `/api/v1/datasets/${id}/bars?from=${from}&to=${to}` })
      ).json();
      expect(range.time).toEqual([utcDay(ROWS[0]![0]!), utcDay(ROWS[1]![0]!)]);
      const all = (await api.app.inject({ url: `/api/v1/datasets/${id}/bars` })).json();
      expect(all.time.length).toBe(ROWS.length); // under the default limit of 5000
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=100001', 'limit'],
      ['from=yesterday', 'from'],
    ])('rejects bars query %s naming %s', async (query, field) => {
      const { id } = (await upload({})).json();
      const res = await api.app.inject({ url: `/api/v1/datasets/${id}/bars?${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('deletes a dataset, then answers 404 with a problem', async () => {
      const { id } = (await upload({})).json();
      const del = await api.app.inject({ method: 'DELETE', url: `/api/v1/datasets/${id}` });
      expect(del.statusCode).toBe(204);
      for (const url of [`/api/v1/datasets/${id}`, `/api/v1/datasets/${id}/bars`]) {
        const res = await api.app.inject({ url });
        expect(res.statusCode).toBe(404);
        expect(res.json()).toMatchObject({ status: 404, requestId: res.headers['x-request-id'] });
      }
    });

    it('refuses a second upload of the same ticker and timeframe (409)', async () => {
      expect((await upload({})).statusCode).toBe(201);
      const res = await upload({});
      expect(res.statusCode).toBe(409);
      expect(res.json().detail).toMatch(/csv:GOOG 1D already exists/);
    });

    it.each([
      [{ timeframe: 'fortnight' }, 'timeframe'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ ticker: 'GOOG; DROP' }, 'ticker'],
      [{ symbol: 'GOOG' }, 'symbol'],
    ])('rejects fields %j naming %s', async (fields, field) => {
      const res = await upload(fields);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('names the timeframe when one bar cannot tell it', async () => {
      const res = await upload({}, 'ONE.csv', 'date,open,high,low,close\n2024-01-02,1,2,0.5,1.5\n');
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('timeframe');
    });

    it('reports a malformed CSV as a 400 problem', async () => {
      const res = await upload({ timeframe: 'D' }, 'BAD.csv', 'date,open\nsoon,abc\n');
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers an upload over the limit with 413', async () => {
      // 1 MiB + 1 byte against uploadLimitBytes = 1 MiB.
      const res = await upload({}, 'BIG.csv', 'x'.repeat(1024 * 1024 + 1));
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ status: 413, title: 'Payload Too Large' });
    });
  });
}

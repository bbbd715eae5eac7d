import { parseTimeframe } from '@barwise/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backtesting, openBacktesting } from '../../backtests/open-backtesting.ts';
import { insertStrategy, SMA_CROSS } from '../../backtests/test-support/test-strategies.ts';
import type { Barwise } from '../../barwise.ts';
import { CandleStore } from '../../data/candle-store.ts';
import { synthesizeDataset } from '../../data/synthesize-dataset.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { testDatabases } from '../../test-support/databases.ts';
import type { ApiApp } from '../api-app.ts';
import { createApiServer } from '../server.ts';
import { backtestRoutes } from './backtests.ts';
import { type JobJson, jobRoutes } from './jobs.ts';

const [sqlite] = await testDatabases();

/** The events of an SSE body: `event:` name and parsed `data:` Job. */
function parseEvents(text: string): { event: string; job: JobJson }[] {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: '))
    .map((block) => {
      const [event, data] = block.split('\n');
      return { event: event!.slice(7), job: JSON.parse(data!.slice(6)) as JobJson };
    });
}

/** The queue, counting the event streams subscribed to it. */
function countingSubscriptions(queue: JobQueue) {
  let active = 0;
  let onZero: (() => void) | undefined;
  const counted: JobQueue = Object.create(queue);
  counted.subscribe = (id, listener) => {
    active++;
    const unsubscribe = queue.subscribe(id, listener);
    return () => {
      unsubscribe();
      if (--active === 0) onZero?.();
    };
  };
  return {
    queue: counted,
    get active() {
      return active;
    },
    drained: () => new Promise<void>((resolve) => (active === 0 ? resolve() : (onZero = resolve))),
  };
}

describe('backtest and job routes', () => {
  let barwise: Barwise;
  let backtesting: Backtesting;
  let app: ApiApp;
  let datasetId: string;
  let subscriptions: ReturnType<typeof countingSubscriptions>;

  beforeEach(async () => {
    const database = await sqlite!.open();
    const candles = new CandleStore(database);
    barwise = {
      config: { dataDir: '', databaseUrl: undefined },
      database,
      candles,
      close: database.close,
    };
    datasetId = (
      await synthesizeDataset(candles, {
        ticker: 'TEST',
        timeframe: parseTimeframe('D'),
        bars: 300,
        seed: 3,
        start: Date.UTC(2021, 0, 1),
      })
    ).dataset.id;
    await insertStrategy(database, 'SMA Cross', SMA_CROSS);
    backtesting = openBacktesting(barwise, { threads: 1, pollMs: 20 });
    subscriptions = countingSubscriptions(backtesting.queue);
    app = createApiServer({
      barwise,
      logger: false,
      routes: [
        backtestRoutes({ backtests: backtesting.backtests }),
        jobRoutes({ queue: subscriptions.queue }),
      ],
    }).app;
  });
  afterEach(async () => {
    await app.close();
    await backtesting.queue.stop();
    await barwise.close();
  });

  const submit = async (body: object) =>
    app.inject({ method: 'POST', url: '/api/v1/backtests', payload: body });

  it('answers 202 with the stored job, streams it to done, then serves the results', async () => {
    const created = await submit({ strategyId: 'SMA Cross', datasetId, initialCapital: 10_000 });
    expect(created.statusCode).toBe(202);
    const backtest = created.json();
    expect(backtest).toMatchObject({ status: 'queued', strategyName: 'SMA Cross' });
    const job = await app.inject(`/api/v1/jobs/${backtest.jobId}`);
    expect(job.json()).toMatchObject({ state: 'queued', backtestId: backtest.id, attempts: 0 });

    await backtesting.queue.start();
    const stream = await app.inject(`/api/v1/jobs/${backtest.jobId}/events`);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = parseEvents(stream.body);
    expect(events.at(-1)).toMatchObject({
      event: 'done',
      job: { state: 'succeeded', progress: 1 },
    });
    expect(events.slice(0, -1).every((e) => e.event === 'progress')).toBe(true);
    expect(subscriptions.active).toBe(0);

    const done = (await app.inject(`/api/v1/backtests/${backtest.id}`)).json();
    expect(done).toMatchObject({ status: 'succeeded', error: null });
    const trades = (await app.inject(`/api/v1/backtests/${backtest.id}/trades`)).json().items;
    expect(trades).toHaveLength(done.tradeCount + (trades.at(-1)?.exitTime === null ? 1 : 0));
    const csv = await app.inject(`/api/v1/backtests/${backtest.id}/trades.csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    // TradingView's export header starts with the trade number and type columns.
    expect(csv.body).toMatch(/^\uFEFFTrade #,Type,/);
    const equity = (await app.inject(`/api/v1/backtests/${backtest.id}/equity`)).json();
    expect(equity.equity[0]).toBe(10_000);
    const plots = (await app.inject(`/api/v1/backtests/${backtest.id}/plots`)).json();
    expect(plots.plots.map((p: { title: string }) => p.title)).toEqual(['Fast', 'Slow']);
    const bars = (await app.inject(`/api/v1/backtests/${backtest.id}/bars`)).json();
    expect(bars.time).toEqual(plots.time);

    const finished = await app.inject(`/api/v1/jobs/${backtest.jobId}/events`);
    expect(parseEvents(finished.body).map((e) => e.event)).toEqual(['done']);
    const listed = await app.inject(`/api/v1/backtests?status=succeeded&datasetId=${datasetId}`);
    expect(listed.json().items.map((b: { id: string }) => b.id)).toEqual([backtest.id]);
    const cancel = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${backtest.jobId}/cancel`,
    });
    expect(cancel.statusCode).toBe(409);

    expect(
      (await app.inject({ method: 'DELETE', url: `/api/v1/backtests/${backtest.id}` })).statusCode,
    ).toBe(204);
    expect((await app.inject(`/api/v1/backtests/${backtest.id}`)).statusCode).toBe(404);
  });

  it('cancels a queued job (202) and its backtest has no results yet (409)', async () => {
    const backtest = (await submit({ strategyId: 'SMA Cross', datasetId })).json();
    const trades = await app.inject(`/api/v1/backtests/${backtest.id}/trades`);
    expect(trades.statusCode).toBe(409);
    expect(trades.json().detail).toBe(`backtest ${backtest.id} has no results: it is queued`);
    const cancel = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${backtest.jobId}/cancel`,
    });
    expect(cancel.statusCode).toBe(202);
    expect(cancel.json()).toMatchObject({ state: 'cancelled' });
    const jobs = (await app.inject('/api/v1/jobs?state=cancelled')).json().items;
    expect(jobs.map((j: JobJson) => j.id)).toEqual([backtest.jobId]);
  });

  it('drops an event stream’s subscription when its client goes away', async () => {
    const backtest = (await submit({ strategyId: 'SMA Cross', datasetId })).json();
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const abort = new AbortController();
    const response = await fetch(`${address}/api/v1/jobs/${backtest.jobId}/events`, {
      signal: abort.signal,
    });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    // The queue is not started: the job stays queued, and the stream stays open.
    expect(parseEvents(first)).toMatchObject([{ event: 'progress', job: { state: 'queued' } }]);
    expect(subscriptions.active).toBe(1);
    abort.abort();
    await subscriptions.drained();
    expect(subscriptions.active).toBe(0);
  });

  it.each([
    ['a negative capital', { strategyId: 'SMA Cross', initialCapital: -5 }, 'initialCapital'],
    ['no dataset', { strategyId: 'SMA Cross', datasetId: undefined }, 'datasetId'],
    ['a fractional version', { strategyId: 'SMA Cross', strategyVersion: 1.5 }, 'strategyVersion'],
    [
      'an input of the wrong type',
      { strategyId: 'SMA Cross', inputs: { Fast: [1] } },
      'inputs.Fast',
    ],
    [
      'a negative commission',
      { strategyId: 'SMA Cross', commission: { type: 'percent', value: -0.1 } },
      'commission.value',
    ],
    [
      'an unknown commission type',
      { strategyId: 'SMA Cross', commission: { type: 'percent_of_equity', value: 1 } },
      'commission.type',
    ],
    ['fractional slippage', { strategyId: 'SMA Cross', slippageTicks: 1.5 }, 'slippageTicks'],
    ['another fill model', { strategyId: 'SMA Cross', fillModel: 'next-open' }, 'fillModel'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const response = await submit({ datasetId, ...body });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('keeps the whole configuration: GET returns what was posted, and it can be posted again', async () => {
    const posted = {
      strategyId: 'SMA Cross',
      strategyVersion: 1,
      datasetId,
      from: Date.UTC(2021, 2, 1),
      to: Date.UTC(2021, 9, 1),
      initialCapital: 25_000,
      commission: { type: 'cash_per_order', value: 1.5 },
      slippageTicks: 3,
      inputs: { Fast: 7 },
      fillModel: 'tradingview',
    };
    const created = (await submit(posted)).json();
    const stored = (await app.inject(`/api/v1/backtests/${created.id}`)).json();
    expect(stored.config).toEqual(posted);
    const again = await submit(stored.config);
    expect(again.statusCode).toBe(202);
    expect(again.json().config).toEqual(posted);
  });

  it('answers 400 for a range that ends before it starts, naming `to`', async () => {
    const response = await submit({ strategyId: 'SMA Cross', datasetId, from: 10, to: 5 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'to', message: 'must be after from' }]);
  });

  it.each([
    ['GET', '/api/v1/backtests/nope', 'backtest "nope" does not exist'],
    ['GET', '/api/v1/backtests/nope/equity', 'backtest "nope" does not exist'],
    ['GET', '/api/v1/jobs/nope', 'job "nope" does not exist'],
    ['GET', '/api/v1/jobs/nope/events', 'job "nope" does not exist'],
    ['POST', '/api/v1/jobs/nope/cancel', 'job "nope" does not exist'],
    ['DELETE', '/api/v1/backtests/nope', 'backtest "nope" does not exist'],
  ] as const)('%s %s is a 404 problem', async (method, url, detail) => {
    const response = await app.inject({ method, url });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, detail });
  });

  it('answers 404 naming a missing strategy, dataset or compared backtest', async () => {
    const strategy = await submit({ strategyId: 'nope', datasetId });
    expect(strategy.json()).toMatchObject({
      status: 404,
      detail: 'strategy "nope" does not exist',
    });
    const dataset = await submit({ strategyId: 'SMA Cross', datasetId: 'gone' });
    expect(dataset.json()).toMatchObject({ status: 404, detail: 'dataset "gone" does not exist' });
    const backtest = (await submit({ strategyId: 'SMA Cross', datasetId })).json();
    const compare = await app.inject(`/api/v1/backtests/compare?ids=${backtest.id},missing`);
    expect(compare.json()).toMatchObject({
      status: 404,
      detail: 'backtest "missing" does not exist',
    });
    const both = await app.inject(`/api/v1/backtests/compare?ids=${backtest.id}`);
    expect(both.json().items.map((b: { id: string }) => b.id)).toEqual([backtest.id]);
  });

  it('documents every backtest and job route in the OpenAPI document', async () => {
    const paths = Object.keys((await app.inject('/docs/json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/backtests',
        '/api/v1/backtests/compare',
        '/api/v1/backtests/{id}',
        '/api/v1/backtests/{id}/trades',
        '/api/v1/backtests/{id}/trades.csv',
        '/api/v1/backtests/{id}/equity',
        '/api/v1/backtests/{id}/plots',
        '/api/v1/backtests/{id}/bars',
        '/api/v1/jobs',
        '/api/v1/jobs/{id}',
        '/api/v1/jobs/{id}/cancel',
        '/api/v1/jobs/{id}/events',
      ]),
    );
  });
});

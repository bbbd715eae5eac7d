import { parseTimeframe, sliceByTime } from '@barwise/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBacktest } from '../backtest/run-backtest.ts';
import { CandleStore } from '../data/candle-store.ts';
import type { Dataset } from '../data/dataset.ts';
import { synthesizeDataset } from '../data/synthesize-dataset.ts';
import type { Job } from '../jobs/job.ts';
import { finished, waitForJob } from '../jobs/job-queue.contract.ts';
import type { Database } from '../store/database.ts';
import { testDatabases } from '../test-support/databases.ts';
import { type Backtesting, openBacktesting } from './open-backtesting.ts';
import {
  COMPILE_ERROR,
  INDICATOR,
  insertStrategy,
  SLOW,
  SMA_CROSS,
} from './test-support/test-strategies.ts';

const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);

for (const target of await testDatabases()) {
  describe(`backtest jobs on ${target.name}`, () => {
    let database: Database;
    let candles: CandleStore;
    let dataset: Dataset;
    let backtesting: Backtesting;

    beforeEach(async () => {
      database = await target.open();
      candles = new CandleStore(database);
      dataset = (
        await synthesizeDataset(candles, {
          ticker: 'TEST',
          timeframe: parseTimeframe('D'),
          bars: 600,
          seed: 7,
          start: START,
        })
      ).dataset;
      await insertStrategy(database, 'SMA Cross', SMA_CROSS);
      backtesting = openBacktesting({ database, candles }, { threads: 1, pollMs: 20 });
      await backtesting.queue.start();
    });
    afterEach(async () => {
      await backtesting.queue.stop();
      await database.close();
    });

    const run = async (request: Parameters<Backtesting['backtests']['create']>[0]) => {
      const created = await backtesting.backtests.create(request);
      const events: Job[] = [];
      const unsubscribe = backtesting.queue.subscribe(created.jobId, (j) => events.push(j));
      await finished(backtesting.queue, created.jobId);
      unsubscribe();
      return { created, events, backtest: await backtesting.backtests.get(created.id) };
    };

    it('stores what the backtest service reports for the same bars', async () => {
      const { created, events, backtest } = await run({
        strategyId: 'SMA Cross',
        datasetId: dataset.id,
      });
      expect(created).toMatchObject({ status: 'queued', summary: null, tradeCount: null });
      expect(created.config).toEqual({
        strategyId: 'SMA Cross',
        strategyVersion: 1,
        datasetId: dataset.id,
        fillModel: 'tradingview',
      });
      // The reference: runBacktest on the stored bars, in this thread.
      const direct = runBacktest(
        { source: SMA_CROSS, fileName: 'SMA Cross.pine' },
        await candles.load(dataset),
      );
      expect(direct.summary.all.totalClosedTrades).toBeGreaterThan(3);
      expect(backtest).toMatchObject({
        status: 'succeeded',
        error: null,
        tradeCount: direct.summary.all.totalClosedTrades,
        netProfit: direct.summary.all.netProfit,
      });
      expect(backtest.summary?.find((r) => r.label === 'Net profit')).toEqual({
        label: 'Net profit',
        all: direct.summary.all.netProfit,
        long: direct.summary.long.netProfit,
        short: 0,
        unit: 'currency',
      });
      expect(events.at(-1)).toMatchObject({ state: 'succeeded', progress: 1 });
      expect(events.some((e) => e.state === 'running' && e.progress > 0)).toBe(true);

      const trades = await backtesting.backtests.trades(created.id);
      expect(trades.map((t) => [t.entryTime, t.exitTime, t.profit])).toEqual(
        direct.trades.map((t) => [t.entry.time, t.open ? null : t.exit.time, t.profit]),
      );
      const csv = await backtesting.backtests.tradesCsv(created.id);
      // TradingView's export: a header, then an exit and an entry row per trade.
      expect(csv.trimEnd().split('\n')).toHaveLength(1 + 2 * direct.trades.length);

      const equity = await backtesting.backtests.equity(created.id);
      expect(equity.equity).toEqual(Array.from(direct.equity));
      // Drawdown from the running peak: equity − max(equity so far), never above 0.
      let peak = Number.NEGATIVE_INFINITY;
      expect(equity.drawdown).toEqual(equity.equity.map((e) => e - (peak = Math.max(peak, e))));

      const plots = await backtesting.backtests.plots(created.id);
      expect(plots.plots.map((p) => p.title)).toEqual(['Fast', 'Slow']);
      // A 30-bar SMA is na until its 30th bar.
      expect(plots.plots[1]!.values.slice(28, 30).map((v) => v === null)).toEqual([true, false]);
      const bars = await backtesting.backtests.bars(created.id);
      expect(bars.time).toEqual(plots.time);
      expect(bars.time).toHaveLength(600);
    });

    it('runs the configured range, capital and inputs', async () => {
      const from = START + 100 * DAY;
      const to = START + 500 * DAY;
      const { backtest } = await run({
        strategyId: 'SMA Cross',
        datasetId: dataset.id,
        from,
        to,
        initialCapital: 5000,
        inputs: { Fast: 5 },
      });
      const bars = sliceByTime(await candles.load(dataset), Number.NEGATIVE_INFINITY, to);
      const direct = runBacktest({ source: SMA_CROSS, fileName: 'x.pine' }, bars, {
        tradingStart: from,
        initialCapital: 5000,
        inputs: { Fast: 5 },
      });
      expect(backtest).toMatchObject({
        status: 'succeeded',
        tradeCount: direct.summary.all.totalClosedTrades,
        netProfit: direct.summary.all.netProfit,
      });
      const equity = await backtesting.backtests.equity(backtest.id);
      expect(equity.time).toHaveLength(500);
      expect(equity.equity[0]).toBe(5000);
    });

    it.each([
      ['a compile error', COMPILE_ERROR, /^Broken\.pine:3:5: error .*nope1.* \(and 1 more\)$/],
      ['an indicator', INDICATOR, /^Broken\.pine: not a strategy \(it declares indicator\(\)/],
    ])('fails %s with one line naming the script', async (_name, source, error) => {
      await insertStrategy(database, 'Broken', source);
      const { backtest } = await run({ strategyId: 'Broken', datasetId: dataset.id });
      expect(backtest.status).toBe('failed');
      expect(backtest.error).toMatch(error);
      await expect(backtesting.backtests.trades(backtest.id)).rejects.toThrow(/no results/);
    });

    it('cancels a running backtest', async () => {
      await insertStrategy(database, 'Slow', SLOW);
      const created = await backtesting.backtests.create({
        strategyId: 'Slow',
        datasetId: dataset.id,
      });
      await waitForJob(backtesting.queue, created.jobId, (j) => j.progress > 0);
      await backtesting.queue.cancel(created.jobId);
      expect(await backtesting.backtests.get(created.id)).toMatchObject({
        status: 'cancelled',
        tradeCount: null,
      });
    });

    it('refuses unknown references before storing anything', async () => {
      const backtests = backtesting.backtests;
      await expect(backtests.create({ strategyId: 'nope', datasetId: dataset.id })).rejects.toThrow(
        'strategy "nope" does not exist',
      );
      await expect(
        backtests.create({ strategyId: 'SMA Cross', strategyVersion: 2, datasetId: dataset.id }),
      ).rejects.toThrow('strategy version "SMA Cross@2" does not exist');
      await expect(
        backtests.create({ strategyId: 'SMA Cross', datasetId: 'nope' }),
      ).rejects.toThrow('dataset "nope" does not exist');
      expect(await backtests.list()).toEqual([]);
      expect(await backtesting.queue.list()).toEqual([]);
    });
  });
}

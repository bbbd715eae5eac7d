import { createBars, parseTimeframe, symbolInfo } from '@barwise/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CandleStore } from '../data/candle-store.ts';
import { finished } from '../jobs/job-queue.contract.ts';
import type { Database } from '../store/database.ts';
import { testDatabases } from '../test-support/databases.ts';
import type { CreateBacktestRequest } from './backtest-service.ts';
import { type Backtesting, openBacktesting } from './open-backtesting.ts';
import { COSTS_BARS, insertStrategy, TWO_TRADES } from './test-support/test-strategies.ts';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

for (const target of await testDatabases()) {
  describe(`backtest cost overrides on ${target.name}`, () => {
    let database: Database;
    let backtesting: Backtesting;
    let datasetId: string;

    beforeEach(async () => {
      database = await target.open();
      const candles = new CandleStore(database);
      const column = (k: number) => Float64Array.from(COSTS_BARS, (bar) => bar[k]!);
      const bars = createBars(symbolInfo('COSTS', { mintick: 0.01 }), parseTimeframe('D'), {
        time: Float64Array.from(COSTS_BARS, (_, i) => START + i * DAY),
        open: column(0),
        high: column(1),
        low: column(2),
        close: column(3),
        volume: new Float64Array(COSTS_BARS.length).fill(1000),
      });
      datasetId = (await candles.write(bars, { source: 'test', origin: 'test', mode: 'create' }))
        .dataset.id;
      await insertStrategy(database, 'Two trades', TWO_TRADES);
      backtesting = openBacktesting({ database, candles }, { threads: 1, pollMs: 20 });
      await backtesting.queue.start();
    });
    afterEach(async () => {
      await backtesting.queue.stop();
      await database.close();
    });

    const run = async (overrides: Omit<CreateBacktestRequest, 'strategyId' | 'datasetId'>) => {
      const created = await backtesting.backtests.create({
        strategyId: 'Two trades',
        datasetId,
        ...overrides,
      });
      await finished(backtesting.queue, created.jobId);
      const backtest = await backtesting.backtests.get(created.id);
      expect(backtest).toMatchObject({ status: 'succeeded', tradeCount: 2 });
      const trades = await backtesting.backtests.trades(created.id);
      return { backtest, trades };
    };

    it("without overrides charges the script's own 5 per order", async () => {
      // 130 gross − 4 orders × 5 = 110.
      const { backtest } = await run({});
      expect(backtest.netProfit).toBeCloseTo(110, 9);
      expect(backtest.config).not.toHaveProperty('commission');
    });

    it('commission percent 0.1 replaces the script’s: 0.1 % of each fill’s value', async () => {
      // Fills of 10 units: 1,010 and 1,100 (trade 1), 1,040 and 1,080 (trade 2); 0.1 % of each is
      // 1.01 + 1.10 = 2.11 and 1.04 + 1.08 = 2.12. Trade 1 90 − 2.11 = 87.89; trade 2
      // 40 − 2.12 = 37.88; net 125.77.
      const commission = { type: 'percent', value: 0.1 } as const;
      const { backtest, trades } = await run({ commission });
      expect(trades.map((t) => t.profit)).toEqual([
        expect.closeTo(87.89, 9),
        expect.closeTo(37.88, 9),
      ]);
      expect(backtest.netProfit).toBeCloseTo(125.77, 9);
      expect(backtest.config).toEqual({
        strategyId: 'Two trades',
        strategyVersion: 1,
        datasetId,
        commission,
        fillModel: 'tradingview',
      });
    });

    it('slippage 2 ticks of 0.01 moves each market fill 0.02 against the trader', async () => {
      // Buys at open + 0.02, sells at open − 0.02: trade 1 101.02 → 109.98, 10 × 8.96 = 89.60;
      // trade 2 104.02 → 107.98, 10 × 3.96 = 39.60. Commission still the script's 4 × 5 = 20:
      // net 89.60 + 39.60 − 20 = 109.20.
      const { backtest, trades } = await run({ slippageTicks: 2 });
      expect(trades.map((t) => [t.entryPrice, t.exitPrice])).toEqual([
        [expect.closeTo(101.02, 9), expect.closeTo(109.98, 9)],
        [expect.closeTo(104.02, 9), expect.closeTo(107.98, 9)],
      ]);
      expect(backtest.netProfit).toBeCloseTo(109.2, 9);
      expect(backtest.config.slippageTicks).toBe(2);
    });

    it('cash per contract 0.5 on 10 units charges 5 a fill, as the script’s 5 per order does', async () => {
      // 4 fills × 10 units × 0.5 = 20: the same net 110 by another schedule, with zero slippage.
      const { backtest } = await run({
        commission: { type: 'cash_per_contract', value: 0.5 },
        slippageTicks: 0,
      });
      expect(backtest.netProfit).toBeCloseTo(110, 9);
    });
  });
}

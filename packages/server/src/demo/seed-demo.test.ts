import { afterEach, describe, expect, it } from 'vitest';
import { openBacktesting } from '../backtests/open-backtesting.ts';
import { openTestApi, type TestApiServer } from '../test-support/api-server.ts';
import { testDatabases } from '../test-support/databases.ts';
import { seedDemo } from './seed-demo.ts';

describe.each(await testDatabases())('seedDemo on $name', (target) => {
  let api: TestApiServer;
  afterEach(() => api.close());

  it('fills an empty Barwise with the four classic strategies, DEMO hourly bars and a queued backtest, once', async () => {
    api = await openTestApi(target);
    const { backtests } = openBacktesting(api.barwise);
    const seeded = await seedDemo(api.library, api.barwise.candles, backtests);
    expect(seeded).toMatchObject({ strategies: 4, datasets: 1 });
    const names = (await api.library.list()).map((s) => s.name).sort();
    expect(names).toEqual([
      'Bollinger breakout',
      'Moving-average cross',
      'RSI reversal',
      'Supertrend',
    ]);
    // 2 years × 365 days × 24 hourly bars, starting 2024-01-01 00:00 UTC.
    const [demo] = await api.barwise.candles.list();
    expect(demo).toMatchObject({
      ticker: 'DEMO',
      barCount: 17_520,
      firstTime: Date.UTC(2024, 0, 1),
    });
    const queued = await backtests.get(seeded.backtestId!);
    expect(queued).toMatchObject({ strategyName: 'Moving-average cross', status: 'queued' });

    expect(await seedDemo(api.library, api.barwise.candles, backtests)).toEqual({
      strategies: 0,
      datasets: 0,
      backtestId: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { runBacktest } from '../kernel/backtest.ts';
import { dailyBars, scripted } from '../test-support/scripted.ts';
import { commissionSchedule } from './commission-schedule.ts';
import { createCostModel, parseCostModelSpec } from './create-cost-model.ts';

describe('commission schedules', () => {
  // Hand-worked at price 25: value = units × 25.
  it.each([
    // 0.1 % of 250 = 0.25, raised to the minimum 1.
    ['0.1 %, min 1, max 5 on 10 units', { percent: 0.1, minimum: 1, maximum: 5 }, 10, 1],
    // 0.1 % of 2,500 = 2.5, between the bounds.
    ['0.1 %, min 1, max 5 on 100 units', { percent: 0.1, minimum: 1, maximum: 5 }, 100, 2.5],
    // 0.1 % of 25,000 = 25, capped at 5.
    ['0.1 %, min 1, max 5 on 1,000 units', { percent: 0.1, minimum: 1, maximum: 5 }, 1000, 5],
    // 100 × 0.01 + 1.
    ['0.01 per unit + 1 per order on 100 units', { perUnit: 0.01, perOrder: 1 }, 100, 2],
    ['nothing', {}, 100, 0],
  ])('%s → %d', (_, schedule, qty, expected) => {
    expect(commissionSchedule(schedule).commission(qty, 25, 1)).toBeCloseTo(expected, 12);
  });

  it('maker/taker: the limit fill pays the maker rate, the market fill the taker rate', () => {
    // Bars: bar 1 path 102 → 101 → 104 → 103 reaches the buy limit 101.5 (maker):
    // 100 × 101.5 × 0.02 % = 2.03. The market sell from bar 1 fills at bar 2's open 103 (taker):
    // 100 × 103 × 0.05 % = 5.15.
    const r = runBacktest({
      strategy: scripted({
        0: (ctx) => ctx.buy({ qty: 100, limit: 101.5 }),
        1: (ctx) => ctx.sell({ qty: 100 }),
      }),
      data: dailyBars([
        [100, 101, 99, 100],
        [102, 104, 101, 103],
        [103, 106, 100, 105],
      ]),
      initialCash: 100_000,
      commission: { name: 'maker-taker', maker: { percent: 0.02 }, taker: { percent: 0.05 } },
    });
    expect(r.fills.map((f) => [f.price, +f.commission.toFixed(10)])).toEqual([
      [101.5, 2.03],
      [103, 5.15],
    ]);
    expect(r.costModel).toBe('maker 0.02% / taker 0.05%');
  });

  it('builds india-equity by spec and names bad fields', () => {
    expect(createCostModel({ name: 'india-equity', product: 'delivery' }).name).toBe(
      'india-equity delivery (rates from 2024-10-01)',
    );
    expect(() => parseCostModelSpec({ name: 'india-equity', product: 'swing' })).toThrow(
      'costs.product: "swing" is not delivery or intraday',
    );
    expect(() => parseCostModelSpec({ name: 'commission', percent: -1 })).toThrow(
      'costs.percent: -1 is not a number >= 0',
    );
    expect(() =>
      parseCostModelSpec({ name: 'maker-taker', maker: {}, taker: { rate: 1 } }),
    ).toThrow('costs.taker.rate: not an option of a commission schedule');
  });
});

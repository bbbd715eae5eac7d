import { describe, expect, it } from 'vitest';
import { runBacktest } from '../kernel/backtest.ts';
import { dailyBars, scripted } from '../test-support/scripted.ts';
import { indiaEquityCosts } from './india-equity-costs.ts';

// Worked example: buy 100 shares at ₹1,000 (value ₹1,00,000), sell them at ₹1,100 (₹1,10,000).
// Rates from 2024-10-01 (india-equity-rates.ts); each charge per fill to the paisa, STT to the rupee.
describe('Indian equity costs (NSE, rates from 2024-10-01)', () => {
  it('delivery: ₹118.62 on the buy, ₹113.99 on the sell, ₹232.61 in all', () => {
    const costs = indiaEquityCosts({ product: 'delivery' });
    // Buy: brokerage 0; STT 0.1 % × 1,00,000 = 100; NSE 0.00297 % × 1,00,000 = 2.97;
    // SEBI 1,00,000 × 10 / 1 crore = 0.10; stamp 0.015 % × 1,00,000 = 15.00;
    // GST 18 % × (0 + 2.97 + 0.10) = 0.5526 → 0.55. Total 118.62.
    expect(costs.charges(100, 1000, 'buy')).toEqual({
      brokerage: 0,
      stt: 100,
      transaction: 2.97,
      sebi: 0.1,
      stampDuty: 15,
      gst: 0.55,
      total: 118.62,
    });
    // Sell: STT 0.1 % × 1,10,000 = 110; NSE 3.267 → 3.27; SEBI 0.11; no stamp duty;
    // GST 18 % × (3.27 + 0.11) = 0.6084 → 0.61. Total 113.99.
    expect(costs.charges(100, 1100, 'sell')).toEqual({
      brokerage: 0,
      stt: 110,
      transaction: 3.27,
      sebi: 0.11,
      stampDuty: 0,
      gst: 0.61,
      total: 113.99,
    });
    // Zerodha's calculator on the round trip (turnover 2,10,000): STT 210, NSE 6.237 → 6.24,
    // SEBI 0.21, stamp 15, GST 18 % × 6.45 = 1.161 → 1.16: 232.61, the same.
  });

  it('intraday: ₹30.22 on the buy, ₹55.59 on the sell, ₹85.81 in all', () => {
    const costs = indiaEquityCosts({ product: 'intraday' });
    // Buy: brokerage min(0.03 % × 1,00,000 = 30, 20) = 20; no STT; NSE 2.97; SEBI 0.10;
    // stamp 0.003 % × 1,00,000 = 3.00; GST 18 % × (20 + 2.97 + 0.10) = 4.1526 → 4.15. Total 30.22.
    expect(costs.charges(100, 1000, 'buy')).toEqual({
      brokerage: 20,
      stt: 0,
      transaction: 2.97,
      sebi: 0.1,
      stampDuty: 3,
      gst: 4.15,
      total: 30.22,
    });
    // Sell: brokerage min(33, 20) = 20; STT 0.025 % × 1,10,000 = 27.50 → ₹28; NSE 3.27;
    // SEBI 0.11; GST 18 % × (20 + 3.27 + 0.11) = 4.2084 → 4.21. Total 55.59.
    expect(costs.charges(100, 1100, 'sell')).toEqual({
      brokerage: 20,
      stt: 28,
      transaction: 3.27,
      sebi: 0.11,
      stampDuty: 0,
      gst: 4.21,
      total: 55.59,
    });
    // Zerodha's calculator on the round trip: 40 + 28 + 6.24 + 0.21 + 3 + GST 18 % × 46.45 =
    // 8.361 → 8.36: 85.81, the same.
  });

  it('a brokerage schedule of one’s own replaces the published one: 0.01 % or ₹20 → ₹10 on ₹1,00,000', () => {
    const costs = indiaEquityCosts({
      product: 'intraday',
      brokerage: { percent: 0.01, maximum: 20 },
    });
    expect(costs.charges(100, 1000, 'buy').brokerage).toBe(10);
  });

  it('the account charges each fill: the delivery round trip nets 10,000 − 232.61 = ₹9,767.39', () => {
    const r = runBacktest({
      strategy: scripted({ 0: (ctx) => ctx.buy({ qty: 100 }), 1: (ctx) => ctx.close() }),
      data: dailyBars([
        [1000, 1000, 1000, 1000],
        [1000, 1000, 1000, 1000],
        [1100, 1100, 1100, 1100],
      ]),
      initialCash: 200_000,
      commission: { name: 'india-equity', product: 'delivery' },
    });
    expect(r.fills.map((f) => [f.side, f.price, f.commission])).toEqual([
      ['buy', 1000, 118.62],
      ['sell', 1100, 113.99],
    ]);
    expect(r.trades[0]!.pnl).toBeCloseTo(9767.39, 9);
  });
});

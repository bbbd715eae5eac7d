import { describe, expect, it } from 'vitest';
import { Account, DEFAULT_TERMS } from './account.ts';
import {
  combinedCommission,
  percentCommission,
  perOrderCommission,
  perUnitCommission,
  withMinimum,
} from './commission.ts';
import { fixedMargin } from './margin.ts';

// Hand-worked accounting (cash 10,000, commission 1 per unit, 100 % margin):
// buy 10 @ 100 pays 10; marked at 110: equity 10,000 − 10 + 10 × 10 = 10,090, margin 1,100,
// available 8,990. Sell 15 @ 120: closes 10 (+200 realised, commission 15 of which 10 belong to
// the closing units) and opens 5 short @ 120; balance 10,000 − 10 + 200 − 15 = 10,175.
describe('Account (stock-like, hand-worked)', () => {
  const account = () =>
    new Account(10_000, () => ({ ...DEFAULT_TERMS, commission: perUnitCommission(1) }));

  it('marks equity and available funds', () => {
    const a = account();
    a.fill('X', true, 10, 100, 0, 0, '');
    a.mark('X', 110);
    expect([a.balance, a.equity, a.marginUsed, a.available]).toEqual([9990, 10_090, 1100, 8990]);
  });

  it('closes first in, first out and reverses in one fill', () => {
    const a = account();
    a.fill('X', true, 10, 100, 0, 0, 'in');
    a.fill('X', false, 15, 120, 3, 3, 'out');
    expect(a.balance).toBe(10_175);
    expect(a.position('X')).toMatchObject({ qty: -5, avgPrice: 120, realizedPnl: 200 });
    // Trade: entry commission 10 + exit share 15 × 10 / 15 = 20; P&L 200 − 20; return 20 % − 20 / 1,000.
    expect(a.trades).toEqual([
      expect.objectContaining({
        size: 10,
        entryPrice: 100,
        exitPrice: 120,
        entryBar: 0,
        exitBar: 3,
        commission: 20,
        pnl: 180,
      }),
    ]);
    expect(a.trades[0]!.returnPct).toBeCloseTo(0.18, 15);
    a.mark('X', 110);
    expect(a.equity).toBe(10_175 + 50);
  });

  it('splits a trade when a fill closes part of it', () => {
    const a = account();
    a.fill('X', true, 4, 50, 0, 0, '');
    a.fill('X', false, 1, 60, 1, 1, '');
    expect(a.trades.map((t) => [t.size, t.pnl])).toEqual([[1, 10 - 1 - 1]]);
    expect(a.openTrades('X').map((t) => [t.size, t.entryCommission])).toEqual([[3, 3]]);
  });
});

// Futures-like (backtrader `setcommission(commission=2, mult=10, margin=1000)`): buy 2 @ 50,
// marked at 51: P&L 2 × 1 × 10 = 20, commission 4; equity 10,016, margin 2,000, available 8,016.
describe('Account (futures-like, hand-worked)', () => {
  it('uses the multiplier for P&L and a fixed margin per contract', () => {
    const a = new Account(10_000, () => ({
      pointValue: 10,
      lotSize: 1,
      margin: fixedMargin(1000),
      commission: perUnitCommission(2),
    }));
    a.fill('F', true, 2, 50, 0, 0, '');
    a.mark('F', 51);
    expect([a.equity, a.marginUsed, a.available]).toEqual([10_016, 2000, 8016]);
  });
});

describe('commission schedules', () => {
  // 10 units @ 25 with point value 2 = traded value 500.
  it.each([
    ['0.1 % of value', percentCommission(0.1), 0.5],
    ['3 per unit', perUnitCommission(3), 30],
    ['7 per order', perOrderCommission(7), 7],
    ['0.1 % with minimum 20', withMinimum(percentCommission(0.1), 20), 20],
    ['7 per order + 1 %', combinedCommission(perOrderCommission(7), percentCommission(1)), 12],
  ] as const)('%s → %d', (_, model, expected) => {
    expect(model.commission(10, 25, 2)).toBeCloseTo(expected, 12);
  });
});

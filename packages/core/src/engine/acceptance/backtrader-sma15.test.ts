import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BacktraderSma15 } from '../../../../../examples/strategies/backtrader-sma15.ts';
import { runBacktest } from '../kernel/backtest.ts';
import { perUnitCommission } from '../portfolio/commission.ts';
import { fixedMargin } from '../portfolio/margin.ts';
import { referenceBars } from '../test-support/reference-bars.ts';
import { referenceUrl } from '../test-support/reference-table.ts';

// Reference: mementum/backtrader tests/test_strategy_unoptimized.py (BUYEXEC, SELLEXEC, and the
// final value/cash asserted in TestStrategy.stop) on datas/2006-day-001.txt, cash 10,000.
const DATA = referenceUrl('backtrader/2006-day-001.txt');
const BUYEXEC = [
  '3643.35',
  '3801.03',
  '3872.37',
  '3863.57',
  '3845.32',
  '3656.43',
  '3542.65',
  '3639.65',
  '3799.86',
  '3840.20',
  '4047.63',
  '4052.55',
];
const SELLEXEC = [
  '3763.95',
  '3811.85',
  '3822.35',
  '3822.57',
  '3829.82',
  '3598.58',
  '3545.92',
  '3766.80',
  '3782.15',
  '3979.73',
  '4045.05',
];

describe.skipIf(!existsSync(DATA))('backtrader SMA(15) cross strategy on 2006-day-001.txt', () => {
  const bars = existsSync(DATA)
    ? referenceBars(readFileSync(DATA, 'utf8'), 'IDX', 'backtrader/2006-day-001.txt')
    : undefined;

  it('stock-like: executions, final value 10284.10 and cash 6164.16', () => {
    const r = runBacktest({ strategy: new BacktraderSma15(), data: bars!, initialCash: 10_000 });
    const prices = (side: string) =>
      r.fills.filter((f) => f.side === side).map((f) => f.price.toFixed(2));
    expect(prices('buy')).toEqual(BUYEXEC);
    expect(prices('sell')).toEqual(SELLEXEC);
    expect(r.finalEquity.toFixed(2)).toBe('10284.10');
    expect(r.finalAvailable.toFixed(2)).toBe('6164.16');
  });

  it('futures-like (commission 2 per contract, multiplier 10, margin 1000): value 12795.00, cash 11795.00', () => {
    const terms = { pointValue: 10, margin: fixedMargin(1000), commission: perUnitCommission(2) };
    const r = runBacktest({
      strategy: new BacktraderSma15(),
      data: [{ bars: bars!, terms }],
      initialCash: 10_000,
    });
    expect(r.fills).toHaveLength(BUYEXEC.length + SELLEXEC.length);
    expect(r.finalEquity.toFixed(2)).toBe('12795.00');
    expect(r.finalAvailable.toFixed(2)).toBe('11795.00');
  });
});

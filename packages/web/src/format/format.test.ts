import { describe, expect, it } from 'vitest';
import { formatCommission, formatTime, formatValue } from './format.ts';

// Performance Summary units (API contract: SummaryRow.unit); en-US digit grouping.
describe('formatValue by unit', () => {
  it.each([
    [1234.5, 'currency', '1,234.50'],
    [-0.126, 'currency', '-0.13'],
    [68.755, 'percent', '68.76 %'],
    [98, 'count', '98'],
    [12.5, 'count', '12.50'],
    [2.02468, 'ratio', '2.025'],
    [null, 'currency', '–'],
    [Number.NaN, 'ratio', '–'],
  ] as const)('%s as %s → %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});

describe('formatTime', () => {
  it('prints UTC: 1704153600000 ms is 2024-01-02 00:00', () => {
    expect(formatTime(1_704_153_600_000)).toBe('2024-01-02 00:00');
  });
});

// The three strategy(commission_type) schedules (TradingView's strategy.commission.*).
describe('formatCommission', () => {
  it.each([
    ['percent', 0.075, '0.075 % of value'],
    ['cash_per_contract', 2, '2 per contract'],
    ['cash_per_order', 1.5, '1.5 per order'],
    ['cash_per_order', 1234.5, '1,234.5 per order'],
  ] as const)('%s %s → %s', (type, value, text) => {
    expect(formatCommission({ type, value })).toBe(text);
  });
});

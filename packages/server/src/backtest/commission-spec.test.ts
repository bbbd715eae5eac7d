import { InputError } from '@barwise/core';
import { describe, expect, it } from 'vitest';
import { parseCommission, parsePineCommission } from './commission-spec.ts';

// One fill of 10 units at 100 with point value 1 (traded value 1,000); TradingView's schedules:
// percent of traded value, cash per contract, cash per order.
describe('parseCommission', () => {
  it.each([
    ['none', 0],
    ['0.1%', 1], // 0.1 % of 1,000
    ['2/unit', 20], // 2 × 10 units
    ['1/order', 1],
    ['1/order+0.1%', 2], // 1 + 1
    ['.5%', 5],
  ])('%s charges %d', (text, cost) => {
    expect(parseCommission(text, '--commission').commission(10, 100, 1)).toBeCloseTo(cost, 12);
  });

  it('bad text is an InputError naming the flag and the forms', () => {
    expect(() => parseCommission('2 per trade', '--commission')).toThrow(InputError);
    expect(() => parseCommission('2 per trade', '--commission')).toThrow(
      /^--commission: "2 per trade" is not a commission \(use none, 0\.1%/,
    );
  });
});

// TradingView's strategy(commission_type, commission_value) names for the same forms.
describe('parsePineCommission', () => {
  it.each([
    ['0.1%', { type: 'percent', value: 0.1 }],
    ['2/unit', { type: 'cash_per_contract', value: 2 }],
    ['1/order', { type: 'cash_per_order', value: 1 }],
    ['none', { type: 'percent', value: 0 }],
  ])('%s is %o', (text, setting) => {
    expect(parsePineCommission(text, '--commission')).toEqual(setting);
  });

  it('a sum is an InputError: a Pine strategy has one commission type', () => {
    expect(() => parsePineCommission('1/order+0.1%', '--commission')).toThrow(
      /^--commission: "1\/order\+0\.1%" sums several schedules; a Pine strategy has one commission_type/,
    );
    expect(() => parsePineCommission('-1%', '--commission')).toThrow(/is not a commission/);
  });
});

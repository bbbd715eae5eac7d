import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, formatQuantity } from './list-number-format.ts';

// Numbers as they appear in the PineForge corpus's TradingView exports.
describe('trade-list number formats', () => {
  it.each([
    [-4, '-4'],
    [1.49, '1.49'],
    [-6.1, '-6.1'],
    [1810.2909, '1810.29'],
    [-0.001, '0'],
  ])('money %d → %s', (value, text) => expect(formatMoney(value)).toBe(text));

  it.each([
    [-7.84 / 1e4, '0.00'],
    [-0.4327, '-0.43'],
    [0.181029, '0.18'],
  ])('percent %d → %s', (value, text) => expect(formatPercent(value)).toBe(text));

  // 138.6308 contracts × 1803.33 = 249997.08063… shown as 249997.0806.
  it('sizes and values to ten significant digits', () => {
    expect(formatQuantity(138.6308 * 1803.33)).toBe('249997.0806');
    expect(formatQuantity(1826.9)).toBe('1826.9');
  });
});

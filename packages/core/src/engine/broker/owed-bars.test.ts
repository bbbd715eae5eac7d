/**
 * The passes that book owed bars (owed-bars.ts), on hand-made bars with every figure worked by
 * hand: the range, each bar's equity, and max drawdown and run-up from the curve's peak and trough.
 */
import { describe, expect, it } from 'vitest';
import { EquityCurve } from './equity-curve.ts';
import type { OpenTrade } from './open-trade.ts';
import { bookHeldBars, bookOwedEquity, owedRange } from './owed-bars.ts';
import { minuteBars, type OhlcRow } from './test-support/minute-bars.ts';

const ROWS: OhlcRow[] = [
  [10, 12, 9, 11],
  [11, 11, 8, 9], // lowest low, 8
  [9, 14, 9, 13], // highest high, 14
  // An open below the low and a close above the high: the range takes them (TradingView's path
  // starts at the open and ends at the close).
  [7.5, 12, 8, 12.5],
];
const bars = minuteBars(ROWS);

function trade(side: 1 | -1, qty: number, entryPrice: number): OpenTrade {
  return {
    serial: 0,
    entryId: 'T',
    entryComment: null,
    side,
    qty,
    entryPrice,
    entryBar: 0,
    entryCommission: 0,
    bestPrice: entryPrice,
    worstPrice: entryPrice,
    filledExitIds: null,
  };
}

describe('booking owed bars', () => {
  it('takes the range of bars, opens and closes outside high and low included', () => {
    const range = new Float64Array(2);
    owedRange(bars, 0, 2, range);
    expect([...range]).toEqual([8, 14]);
    owedRange(bars, 3, 3, range);
    expect([...range]).toEqual([7.5, 12.5]);
  });

  it('books equity over several trades and tracks drawdown and run-up across calls', () => {
    // Long 2 from 10 and short 1 from 12 on 1,000 cash: equity = 1000 + 2(c − 10) − (c − 12).
    const curve = new EquityCurve(4, 1000);
    const trades = [trade(1, 2, 10), trade(-1, 1, 12)];
    bookOwedEquity(bars, 0, 1, trades, 1000, 1, curve);
    bookOwedEquity(bars, 2, 3, trades, 1000, 1, curve);
    // Closes 11, 9, 13, 12.5 → 1003, 1001, 1005, 1004.5.
    expect([...curve.byBar]).toEqual([1003, 1001, 1005, 1004.5]);
    // Peak 1003 then 1001: drawdown 2 (2/1003 %); trough 1000 (the capital) to 1005: run-up 5.
    expect([curve.maxDrawdown, curve.maxRunup]).toEqual([2, 5]);
    expect(curve.maxDrawdownPercent).toBeCloseTo((2 / 1003) * 100, 12);
    expect(curve.maxRunupPercent).toBeCloseTo(0.5, 12);
  });

  it('books a held trade in one pass as the two separate passes do', () => {
    const held = trade(-1, 3, 11);
    const range = new Float64Array(2);
    const curve = new EquityCurve(4, 500);
    bookHeldBars(bars, 0, 3, held, 500, 2, range, curve);
    // Short 3 from 11, point value 2: equity = 500 − 6(c − 11) → 500, 512, 488, 491.
    expect([...curve.byBar]).toEqual([500, 512, 488, 491]);
    expect([...range]).toEqual([7.5, 14]);
    // Peak 512 → 488: drawdown 24; trough 500 → 512: run-up 12.
    expect([curve.maxDrawdown, curve.maxRunup]).toEqual([24, 12]);

    const apart = new EquityCurve(4, 500);
    const apartRange = new Float64Array(2);
    owedRange(bars, 0, 3, apartRange);
    bookOwedEquity(bars, 0, 3, [held], 500, 2, apart);
    expect([...apart.byBar, ...apartRange]).toEqual([...curve.byBar, ...range]);
    expect([apart.maxDrawdownPercent, apart.maxRunupPercent]).toEqual([
      curve.maxDrawdownPercent,
      curve.maxRunupPercent,
    ]);
  });
});

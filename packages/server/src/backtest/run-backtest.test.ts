import { barsFromRows, InputError, parseTimeframe, symbolInfo } from '@barwise/core';
import { describe, expect, it } from 'vitest';
import { runBacktest } from './run-backtest.ts';
import { summaryRows } from './summary-rows.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
// [open, high, low, close] per daily bar.
const OHLC = [
  [10, 11, 9, 10],
  [20, 21, 19, 20],
  [15, 16, 14, 15],
  [12, 13, 11, 12],
] as const;
const bars = barsFromRows(
  symbolInfo('TEST'),
  parseTimeframe('D'),
  OHLC.map(([open, high, low, close], i) => ({
    time: T0 + i * DAY,
    open,
    high,
    low,
    close,
    volume: 1,
  })),
);

// A short of 3 placed on bar 0 fills at bar 1's open (20); the close placed on bar 1 fills at
// bar 2's open (15) — TRADINGVIEW-SEMANTICS.md rule 1. strategy.commission.cash_per_order charges
// 1 per fill (rule 7): net profit 3 × (20 − 15) − 2 × 1 = 13.
const SHORT = {
  fileName: 'short.pine',
  source: `//@version=6
strategy("Short", commission_type=strategy.commission.cash_per_order, commission_value=1)
if bar_index == 0
    strategy.entry("S", strategy.short, qty=3)
if bar_index == 1
    strategy.close("S")
`,
};

describe('runBacktest', () => {
  it('reports a short trade net of commission in the All and Short columns', () => {
    const report = runBacktest(SHORT, bars, { initialCapital: 1000 });
    expect(report.summary.all.netProfit).toBe(13);
    expect(report.summary.short.netProfit).toBe(13);
    expect(report.summary.long.totalClosedTrades).toBe(0);
    expect(report.summary.all.commissionPaid).toBe(2);
    expect(report.trades).toMatchObject([
      { direction: 'short', qty: 3, entry: { price: 20, time: T0 + DAY }, exit: { price: 15 } },
    ]);
    // Flat again after bar 2: equity is the capital plus the net profit.
    expect(report.equity[3]).toBe(1013);
    const row = (metric: string) => summaryRows(report).find((r) => r[0] === metric);
    expect(row('Net profit')).toEqual([
      'Net profit',
      '13.00 USD (1.30%)',
      '0.00 USD (0.00%)',
      '13.00 USD (1.30%)',
    ]);
    expect(row('Commission paid')?.[1]).toBe('2.00 USD');
  });

  it('the initial capital defaults to the declaration’s (TradingView: 1,000,000)', () => {
    expect(runBacktest(SHORT, bars).initialCapital).toBe(1_000_000);
  });

  it('commission and slippage overrides replace the declaration’s (the Properties tab)', () => {
    // cash_per_contract 0.5 on 3 units: 1.5 a fill, 3 in all. Slippage 1 tick of 0.01: the short
    // sells at 20 − 0.01 and buys back at 15 + 0.01, 3 × 4.98 = 14.94; net 14.94 − 3 = 11.94.
    const report = runBacktest(SHORT, bars, {
      commission: { type: 'cash_per_contract', value: 0.5 },
      slippageTicks: 1,
    });
    expect(report.summary.all.commissionPaid).toBeCloseTo(3, 12);
    expect(report.summary.all.netProfit).toBeCloseTo(11.94, 9);
  });

  it.each([
    [{ commission: { type: 'percent', value: -1 } }, /^commission\.value: -1 is not a number ≥ 0$/],
    [{ slippageTicks: 0.5 }, /^slippageTicks: 0\.5 is not a whole number of ticks ≥ 0$/],
  ] as const)('bad cost settings are bad input naming the field: %o', (options, message) => {
    expect(() => runBacktest(SHORT, bars, options)).toThrow(InputError);
    expect(() => runBacktest(SHORT, bars, options)).toThrow(message);
  });

  it('tradingStart drops the orders of earlier bars (bar 0’s entry never fills)', () => {
    const report = runBacktest(SHORT, bars, { tradingStart: T0 + DAY });
    expect(report.trades).toEqual([]);
    expect(report.rangeStart).toBe(T0 + DAY);
  });

  it('a runtime error is bad input naming the line and the bar', () => {
    const boom = {
      fileName: 'boom.pine',
      source:
        '//@version=6\nstrategy("B")\na = array.new_int(0)\nif bar_index == 2\n    array.get(a, 0)\n',
    };
    expect(() => runBacktest(boom, bars)).toThrow(InputError);
    expect(() => runBacktest(boom, bars)).toThrow(/^boom\.pine:5: runtime error on bar 2 /);
  });

  it('a compile error keeps one line, `file:line:col`, and counts the others', () => {
    const bad = {
      fileName: 'bad.pine',
      source: '//@version=6\nstrategy("B")\nx = nope1\ny = nope2\n',
    };
    expect(() => runBacktest(bad, bars)).toThrow(
      /^bad\.pine:3:5: error \w+: .*nope1.* \(and 1 more\)$/,
    );
  });
});

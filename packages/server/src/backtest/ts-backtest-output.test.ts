import { describe, expect, it } from 'vitest';
import { pandasTimedelta } from './ts-backtest-output.ts';

const DAY = 86_400_000;

// Reference: pandas `str(pd.Timedelta(...))`, e.g. str(pd.Timedelta(days=3116)) == '3116 days 00:00:00'
// (backtesting.py's Duration for SmaCross on GOOG).
describe('pandasTimedelta', () => {
  it.each([
    [3116 * DAY, '3116 days 00:00:00'],
    [0, '0 days 00:00:00'],
    [4.5 * 3_600_000, '0 days 04:30:00'], // pd.Timedelta(hours=4, minutes=30)
    [DAY + 59_000, '1 days 00:00:59'], // pd.Timedelta(days=1, seconds=59)
    [1500, '0 days 00:00:01.500000'], // pd.Timedelta(milliseconds=1500)
  ])('%d ms → %s', (ms, text) => {
    expect(pandasTimedelta(ms)).toBe(text);
  });
});

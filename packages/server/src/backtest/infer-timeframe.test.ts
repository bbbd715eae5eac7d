import { fromLocalMs } from '@barwise/core';
import { describe, expect, it } from 'vitest';
import { inferTimeframe } from './infer-timeframe.ts';

const utc = (...parts: [number, number, number, number?, number?]) =>
  Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0);

// Expected timeframes are TradingView's notation for the bar spacing (1 = one minute, D, W, M).
describe('inferTimeframe', () => {
  it.each([
    [
      'GOOG.csv days (Fri 2004-08-20 → Mon 08-23 is a weekend, not 3D)',
      [utc(2004, 8, 19), utc(2004, 8, 20), utc(2004, 8, 23)],
      { unit: 'day', multiplier: 1 },
    ],
    [
      '15-minute bars with a missing one',
      [utc(2024, 1, 1, 0, 0), utc(2024, 1, 1, 0, 15), utc(2024, 1, 1, 0, 45)],
      { unit: 'minute', multiplier: 15 },
    ],
    [
      'hourly bars are 60 minutes',
      [utc(2024, 1, 1, 0), utc(2024, 1, 1, 1)],
      { unit: 'minute', multiplier: 60 },
    ],
    [
      'weeks',
      [utc(2024, 1, 1), utc(2024, 1, 8), utc(2024, 1, 22)],
      { unit: 'week', multiplier: 1 },
    ],
    [
      'months: Jan 31 days, Feb 29 days (2024)',
      [utc(2024, 1, 1), utc(2024, 2, 1), utc(2024, 3, 1)],
      { unit: 'month', multiplier: 1 },
    ],
    [
      'quarters (Jan 1 → Apr 1 is 91 days, 13 weeks)',
      [utc(2024, 1, 1), utc(2024, 4, 1), utc(2024, 7, 1)],
      { unit: 'month', multiplier: 3 },
    ],
    [
      'month bars stamped with first trading days (2024-01-02, 02-01, 03-01)',
      [utc(2024, 1, 2), utc(2024, 2, 1), utc(2024, 3, 1)],
      { unit: 'month', multiplier: 1 },
    ],
    [
      '4-week bars are not months (Jan 29 opens no month)',
      [utc(2024, 1, 1), utc(2024, 1, 29), utc(2024, 2, 26)],
      { unit: 'week', multiplier: 4 },
    ],
    [
      '30-second bars',
      [utc(2024, 1, 1), utc(2024, 1, 1) + 30_000],
      { unit: 'second', multiplier: 30 },
    ],
  ] as const)('%s', (_name, times, expected) => {
    expect(inferTimeframe(times, 'UTC')).toEqual(expected);
  });

  it('daily bars across a daylight-saving change stay daily (New York, 2024-03-10 is 23 h long)', () => {
    const ny = (d: number) => fromLocalMs('America/New_York', utc(2024, 3, d));
    expect(ny(11) - ny(10)).toBe(23 * 3_600_000);
    expect(inferTimeframe([ny(8), ny(10), ny(11)], 'America/New_York')).toEqual({
      unit: 'day',
      multiplier: 1,
    });
  });

  it('one bar has no spacing: asks for --timeframe', () => {
    expect(() => inferTimeframe([utc(2024, 1, 1)], 'UTC')).toThrow(/give --timeframe/);
  });
});

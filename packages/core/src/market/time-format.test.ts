import { describe, expect, it } from 'vitest';
import { formatBarTime, formatIsoLocal } from './time-format.ts';
import { parseTimeframe } from './timeframe.ts';

// Reference: ISO 8601 with numeric UTC offset; New York is UTC−5 in winter, UTC−4 in summer.
describe('formatIsoLocal', () => {
  it.each([
    [Date.UTC(2024, 0, 2, 14, 30), 'America/New_York', '2024-01-02T09:30:00-05:00'],
    [Date.UTC(2024, 6, 2, 13, 30), 'America/New_York', '2024-07-02T09:30:00-04:00'],
    [Date.UTC(2024, 6, 2, 13, 30), 'Asia/Kolkata', '2024-07-02T19:00:00+05:30'],
    [Date.UTC(2024, 6, 2, 13, 30, 5, 250), 'UTC', '2024-07-02T13:30:05.250+00:00'],
  ])('%d in %s → %s', (t, tz, text) => expect(formatIsoLocal(t, tz)).toBe(text));
});

describe('formatBarTime', () => {
  it('writes daily bars as dates and intraday bars as local times', () => {
    expect(formatBarTime(Date.UTC(2004, 7, 19), 'UTC', parseTimeframe('D'))).toBe('2004-08-19');
    expect(formatBarTime(Date.UTC(2004, 7, 19), 'UTC', parseTimeframe('60'))).toBe(
      '2004-08-19T00:00:00+00:00',
    );
  });
});

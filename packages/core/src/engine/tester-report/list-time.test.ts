import { describe, expect, it } from 'vitest';
import { formatListTime, parseListTime } from './list-time.ts';

// PineForge corpus, ta-rsi14-cross-50-01: TradingView lists trade 1's entry at "2025-03-31 13:15"
// at 1811.96, the open of the bar stamped 2025-03-31 05:15 UTC in the corpus data, so the export's
// chart zone is UTC+8.
const ENTRY_UTC = Date.UTC(2025, 2, 31, 5, 15);

describe('TradingView list times (YYYY-MM-DD HH:mm in the chart zone)', () => {
  it.each([
    ['UTC+8', '2025-03-31 13:15'],
    ['UTC', '2025-03-31 05:15'],
    ['America/New_York', '2025-03-31 01:15'], // EDT, UTC−4
  ])('formats in %s', (zone, text) => {
    expect(formatListTime(ENTRY_UTC, zone)).toBe(text);
    expect(parseListTime(text, zone)).toBe(ENTRY_UTC);
  });

  it('reads seconds and rejects other text', () => {
    expect(parseListTime('2025-03-31 13:15:30', 'UTC+8')).toBe(ENTRY_UTC + 30_000);
    expect(parseListTime('31/03/2025 13:15', 'UTC')).toBeNaN();
  });
});

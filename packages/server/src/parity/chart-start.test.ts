import type { ListedTrade } from '@barwise/core';
import { describe, expect, it } from 'vitest';
import { chartStartResolver } from './chart-start.ts';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const CORPUS_START = utc('2025-03-31T00:00');

function trade(entry: string, exit: string, open = false): ListedTrade {
  const nan = Number.NaN;
  return {
    tradeNumber: 1,
    direction: 'long',
    qty: 1,
    entry: { time: utc(entry), price: 100, signal: 'L' },
    exit: { time: utc(exit), price: 101, signal: open ? 'Open' : 'X' },
    open,
    profit: nan,
    profitPercent: nan,
    maxRunup: nan,
    maxDrawdown: nan,
    cumulativeProfit: nan,
  };
}

const START_0405 = utc('2025-04-05T00:00');
/** A probe exported on 2026-04-05: open trade marked at the last bar, 20:45 UTC. */
const lastYear = {
  declared: null,
  trades: [
    trade('2025-04-05T12:30', '2025-04-05T18:30'),
    trade('2026-04-05T17:15', '2026-04-05T20:45', true),
  ],
};
const declaredCorpusStart = {
  declared: CORPUS_START,
  trades: [trade('2025-03-31T05:15', '2025-03-31T06:15')],
};

describe('chartStartResolver', () => {
  it('a declared start wins', () => {
    const declared = { ...lastYear, declared: utc('2025-04-02T00:00') };
    expect(chartStartResolver([declaredCorpusStart, lastYear])(declared)).toBe(
      utc('2025-04-02T00:00'),
    );
  });

  it('"last 365 days": open trade marked 2026-04-05 20:45, first entry that day → 2025-04-05 00:00', () => {
    // 366 days before the last bar is 2025-04-04 20:45; the first midnight after it is 04-05.
    expect(chartStartResolver([declaredCorpusStart, lastYear])(lastYear)).toBe(START_0405);
  });

  it('a probe without an open trade takes that range when its first entry is on its first day', () => {
    const sameDay = { declared: null, trades: [trade('2025-04-05T09:45', '2025-04-05T12:15')] };
    const later = { declared: null, trades: [trade('2025-04-06T09:45', '2025-04-06T12:15')] };
    // Traded past that chart's last bar: exported another day, with the corpus's range.
    const pastEnd = {
      declared: null,
      trades: [...sameDay.trades, trade('2026-04-30T09:45', '2026-04-30T12:15')],
    };
    const resolve = chartStartResolver([declaredCorpusStart, lastYear, sameDay, later, pastEnd]);
    expect(resolve(sameDay)).toBe(START_0405);
    expect(resolve(later)).toBe(CORPUS_START);
    expect(resolve(pastEnd)).toBe(CORPUS_START);
  });

  it('keeps the corpus start when the first entry is not on the range’s first day (a custom range)', () => {
    // Last bar 2026-05-01 00:00 → range from 2025-04-30, but TradingView traded from June only.
    const custom = {
      declared: null,
      trades: [
        trade('2025-06-22T13:45', '2025-06-22T14:00'),
        trade('2026-04-30T20:00', '2026-05-01T00:00', true),
      ],
    };
    expect(chartStartResolver([declaredCorpusStart, custom])(custom)).toBe(CORPUS_START);
  });

  it('keeps the corpus start when the range would begin at or before it; null without any start', () => {
    // Last bar 2026-04-01 00:00: 366 days back is 2025-03-31 00:00, the corpus start itself.
    const atStart = {
      declared: null,
      trades: [
        trade('2025-03-31T05:15', '2025-03-31T06:15'),
        trade('2026-03-31T23:00', '2026-04-01T00:00', true),
      ],
    };
    expect(chartStartResolver([declaredCorpusStart, atStart])(atStart)).toBe(CORPUS_START);
    const closed = { declared: null, trades: [trade('2025-04-05T12:30', '2025-04-05T18:30')] };
    expect(chartStartResolver([closed])(closed)).toBeNull();
  });
});

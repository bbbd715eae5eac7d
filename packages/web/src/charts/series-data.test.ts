import { describe, expect, it } from 'vitest';
import type { Trade } from '../api/types.ts';
import {
  candles,
  line,
  MARKER_COLORS,
  plotLines,
  toChartTime,
  tradeMarkers,
} from './series-data.ts';

// 2024-01-02T00:00:00Z = 1704153600 s; the next hour is 1704157200 s.
const T0 = 1_704_153_600_000;
const H = 3_600_000;

describe('toChartTime (lightweight-charts UTCTimestamp is whole seconds)', () => {
  it('divides ms by 1000', () => expect(toChartTime(T0)).toBe(1_704_153_600));
  it('floors sub-second remainders', () => expect(toChartTime(T0 + 999)).toBe(1_704_153_600));
});

describe('candles', () => {
  it('turns columns into one record per bar', () => {
    const bars = { time: [T0], open: [1], high: [3], low: [0.5], close: [2], volume: [10] };
    expect(candles(bars)).toEqual([{ time: 1_704_153_600, open: 1, high: 3, low: 0.5, close: 2 }]);
  });
});

describe('line (null plot values are whitespace points)', () => {
  it('keeps numbers and makes null and NaN gaps', () => {
    expect(line([T0, T0 + H, T0 + 2 * H], [null, 5, Number.NaN])).toEqual([
      { time: 1_704_153_600 },
      { time: 1_704_157_200, value: 5 },
      { time: 1_704_160_800 },
    ]);
  });

  it('plotLines drops a plot that is na on every bar', () => {
    const lines = plotLines({
      time: [T0, T0 + H],
      plots: [
        { title: 'SMA', values: [null, 2] },
        { title: 'Never', values: [null, null] },
      ],
    });
    expect(lines.map((l) => l.title)).toEqual(['SMA']);
  });
});

describe('tradeMarkers (worked example: a closed long, then an open short)', () => {
  const base = { quantity: 1, profit: 0, profitPercent: 0, cumulativeProfit: 0, runUp: 0 };
  const trades: Trade[] = [
    // Short entered at bar 3 and still open: one marker.
    {
      ...base,
      number: 2,
      side: 'short',
      entryTime: T0 + 3 * H,
      entrySignal: 'Short',
      entryPrice: 110,
      exitTime: null,
      exitSignal: null,
      exitPrice: null,
      drawdown: 0,
    },
    // Long entered at bar 0, closed at bar 2: two markers.
    {
      ...base,
      number: 1,
      side: 'long',
      entryTime: T0,
      entrySignal: 'Long',
      entryPrice: 100,
      exitTime: T0 + 2 * H,
      exitSignal: 'TP',
      exitPrice: 105,
      drawdown: 0,
    },
  ];

  it('gives three markers in time order: long entry, long exit, short entry', () => {
    expect(tradeMarkers(trades)).toEqual([
      {
        time: 1_704_153_600,
        position: 'belowBar',
        shape: 'arrowUp',
        color: MARKER_COLORS.long,
        text: 'Long',
      },
      {
        time: 1_704_160_800,
        position: 'aboveBar',
        shape: 'arrowDown',
        color: MARKER_COLORS.exit,
        text: 'TP',
      },
      {
        time: 1_704_164_400,
        position: 'aboveBar',
        shape: 'arrowDown',
        color: MARKER_COLORS.short,
        text: 'Short',
      },
    ]);
  });
});

describe('tradeMarkers for a closed short', () => {
  it('exits a short with an up arrow below the bar', () => {
    const short: Trade = {
      number: 1,
      side: 'short',
      entryTime: T0,
      entrySignal: 'S',
      entryPrice: 10,
      exitTime: T0 + H,
      exitSignal: 'Cover',
      exitPrice: 9,
      quantity: 1,
      profit: 1,
      profitPercent: 10,
      cumulativeProfit: 1,
      runUp: 1,
      drawdown: 0,
    };
    expect(tradeMarkers([short]).map((m) => [m.position, m.shape, m.text])).toEqual([
      ['aboveBar', 'arrowDown', 'S'],
      ['belowBar', 'arrowUp', 'Cover'],
    ]);
  });
});

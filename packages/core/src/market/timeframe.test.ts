import { describe, expect, it } from 'vitest';
import {
  compareTimeframes,
  formatTimeframe,
  parseTimeframe,
  timeframeSeconds,
} from './timeframe.ts';

// Reference: TradingView Pine v6 manual "Timeframes" (string specifications) and
// timeframe.in_seconds() examples ("1D" = 86400, "1M" = 2628003).
const canonical = (text: string) => formatTimeframe(parseTimeframe(text));

describe('parseTimeframe / formatTimeframe', () => {
  it.each([
    ['1S', '1S'],
    ['30S', '30S'],
    ['1', '1'],
    ['15', '15'],
    ['60', '60'],
    ['240', '240'],
    ['D', '1D'],
    ['1D', '1D'],
    ['W', '1W'],
    ['2W', '2W'],
    ['M', '1M'],
    ['3M', '3M'],
    ['12M', '12M'],
    ['1h', '60'],
    ['4H', '240'],
    ['15m', '15'],
    ['1d', '1D'],
    ['1w', '1W'],
  ])('%s → %s', (text, expected) => expect(canonical(text)).toBe(expected));

  it.each(['', 'X', '0', '-5', '1.5', '15x', 'DD', '1441', '60S', '13M'])('rejects %j', (text) => {
    expect(() => parseTimeframe(text)).toThrow(/timeframe/);
  });

  it('names the bad text and the notation in the error', () => {
    expect(() => parseTimeframe('5 min')).toThrow(
      'invalid timeframe "5 min": use TradingView notation',
    );
  });
});

describe('timeframeSeconds', () => {
  it.each([
    ['1S', 1],
    ['1', 60],
    ['60', 3600],
    ['1D', 86_400],
    ['1W', 604_800],
    ['1M', 2_628_003],
  ])('%s = %d s', (text, seconds) => expect(timeframeSeconds(parseTimeframe(text))).toBe(seconds));

  it('orders timeframes by length', () => {
    const sorted = ['1M', '1', 'D', '15S', '240', 'W'].map(parseTimeframe).sort(compareTimeframes);
    expect(sorted.map(formatTimeframe)).toEqual(['15S', '1', '240', '1D', '1W', '1M']);
  });
});

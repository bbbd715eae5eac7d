import {
  type Bars,
  parseTimeframe,
  resampleBars,
  sliceByTime,
  symbolInfo,
  syntheticBars,
  type Timeframe,
} from '@barwise/core';
import { describe, expect, it } from 'vitest';
import { planSource, targetBarPages } from './fetch-bar-stream.ts';
import type { Instrument, MarketDataProvider } from './providers/market-data-provider.ts';

const tf = (text: string) => parseTimeframe(text);
const instrument = (timeframes: string[]): Instrument => ({
  symbol: symbolInfo('X'),
  providerSymbol: 'X',
  timeframes: timeframes.map(tf),
});

describe('planSource', () => {
  it.each([
    [['1', '5', '60'], '60', '60', false],
    [['1', '3', '5', '15'], '10', '5', true], // 5 divides 10, 3 does not
    [['1', '5', '60', '1D'], '1W', '1D', true],
    [['1', '60'], '1M', '60', true],
  ])('%j → %s comes from %s (resampled: %s)', (native, target, source, resampled) => {
    expect(planSource(instrument(native), tf(target))).toEqual({ native: tf(source), resampled });
  });

  it('names the timeframes when none resamples to the target', () => {
    expect(() => planSource(instrument(['1D']), tf('60'))).toThrow(
      'no 60 bars for X, and none of its timeframes (1D) resamples to it',
    );
  });
});

/** A provider serving one series in pages of `size` bars. */
function pagedProvider(series: Bars, size: number): MarketDataProvider {
  return {
    source: 'test',
    describe: async () => instrument(['1']),
    async *pages(_i, _tf: Timeframe, range) {
      const bars = sliceByTime(series, range.from, range.to);
      for (let at = 0; at < bars.length; at += size) {
        yield sliceByTime(
          bars,
          bars.time[at]!,
          bars.time[Math.min(at + size, bars.length) - 1]! + 1,
        );
      }
    },
  };
}

describe('targetBarPages with resampling', () => {
  // Reference: resampleBars over the whole series at once; pages of 7 minutes cut 15-minute bars
  // anywhere, so bars built across page boundaries must come out the same.
  const series = syntheticBars({
    symbol: symbolInfo('X'),
    timeframe: tf('1'),
    bars: 600,
    seed: 4,
    start: Date.UTC(2024, 0, 1),
  });
  it.each([1, 7, 15, 1000])(
    'pages of %i minutes give the same 15-minute bars as one pass',
    async (size) => {
      const provider = pagedProvider(series, size);
      const range = { from: series.time[0]!, to: series.time[599]! + 60_000 };
      const times: number[] = [];
      const closes: number[] = [];
      for await (const page of targetBarPages(
        provider,
        await provider.describe('X'),
        tf('15'),
        range,
      )) {
        times.push(...page.time);
        closes.push(...page.close);
      }
      const whole = resampleBars(series, tf('15'));
      expect(times).toEqual(Array.from(whole.time));
      expect(closes).toEqual(Array.from(whole.close));
    },
  );
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { symbolInfo } from '../symbol-info.ts';
import type { Timeframe } from '../timeframe.ts';
import { parseOhlcvCsv } from './parse-ohlcv-csv.ts';

// Reference data: /work/shared/reference (see its README), shipped with backtesting.py,
// backtrader and QuantConnect LEAN. Expected values are read off the files themselves.
const REFERENCE = fileURLToPath(new URL('../../../../../../shared/reference/', import.meta.url));
const path = (file: string) => `${REFERENCE}${file}`;
const missing = (file: string) => !existsSync(path(file));
const DAILY: Timeframe = { unit: 'day', multiplier: 1 };
const HOURLY: Timeframe = { unit: 'minute', multiplier: 60 };

function load(file: string, timeframe = DAILY, timezone = 'UTC') {
  const text = readFileSync(path(file), 'utf8');
  const result = parseOhlcvCsv(text, {
    symbol: symbolInfo('REF', { timezone }),
    timeframe,
    source: file.split('/').pop()!,
  });
  return { text, ...result };
}

/** Naive independent reading: split on line breaks and commas, prices through Number(). */
function naiveColumn(text: string, index: number): number[] {
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => Number(l.split(',')[index]));
}

const iso = (ms: number | undefined) => new Date(ms!).toISOString();

describe('backtesting.py GOOG.csv (header ",Open,High,Low,Close,Volume")', () => {
  const file = 'backtesting-py/GOOG.csv';
  it.skipIf(missing(file))('has 2,148 daily bars from 2004-08-19 to 2013-03-01 (README)', () => {
    const { bars, report } = load(file);
    expect(bars.length).toBe(2148);
    expect([
      iso(bars.time[0]),
      bars.open[0],
      bars.high[0],
      bars.low[0],
      bars.close[0],
      bars.volume[0],
    ]).toEqual(['2004-08-19T00:00:00.000Z', 100, 104.06, 95.96, 100.34, 22351900]);
    expect([iso(bars.time[2147]), bars.close[2147]]).toEqual(['2013-03-01T00:00:00.000Z', 806.19]);
    expect(report).toMatchObject({
      rows: 2148,
      bars: 2148,
      reordered: false,
      duplicates: 0,
      ignoredColumns: [],
      warnings: [],
    });
    expect(report.columns.time).toBe('#1');
  });

  it.skipIf(missing(file))('keeps every price exactly as Number() reads the cell', () => {
    const { text, bars } = load(file);
    expect(Array.from(bars.open)).toEqual(naiveColumn(text, 1));
    expect(Array.from(bars.high)).toEqual(naiveColumn(text, 2));
    expect(Array.from(bars.low)).toEqual(naiveColumn(text, 3));
    expect(Array.from(bars.close)).toEqual(naiveColumn(text, 4));
    expect(Array.from(bars.volume)).toEqual(naiveColumn(text, 5));
  });

  it.skipIf(missing(file))(
    'places dates at midnight in the given zone (New York: 04:00 UTC in summer)',
    () => {
      const { bars } = load(file, DAILY, 'America/New_York');
      expect(iso(bars.time[0])).toBe('2004-08-19T04:00:00.000Z');
    },
  );
});

describe('backtesting.py EURUSD.csv (hourly, "YYYY-MM-DD HH:MM:SS")', () => {
  const file = 'backtesting-py/EURUSD.csv';
  it.skipIf(missing(file))(
    'has 5,000 hourly bars, 2017-04-19 09:00 … 2018-02-07 15:00 (README, file text)',
    () => {
      const { text, bars, report } = load(file, HOURLY);
      expect(bars.length).toBe(5000);
      expect([iso(bars.time[0]), bars.open[0], bars.close[0], bars.volume[0]]).toEqual([
        '2017-04-19T09:00:00.000Z',
        1.0716,
        1.07219,
        1413,
      ]);
      expect([iso(bars.time[4999]), bars.close[4999]]).toEqual([
        '2018-02-07T15:00:00.000Z',
        1.22904,
      ]);
      expect(Array.from(bars.close)).toEqual(naiveColumn(text, 4));
      expect(report.warnings).toEqual([]);
    },
  );
});

describe('backtrader 2006-day-001.txt (Date,…,Volume,OpenInterest)', () => {
  const file = 'backtrader/2006-day-001.txt';
  it.skipIf(missing(file))('has 255 bars and ignores OpenInterest', () => {
    const { bars, report } = load(file);
    expect(bars.length).toBe(255);
    expect([iso(bars.time[0]), bars.open[0], bars.high[0], bars.low[0], bars.close[0]]).toEqual([
      '2006-01-02T00:00:00.000Z',
      3578.73,
      3605.95,
      3578.73,
      3604.33,
    ]);
    expect([iso(bars.time[254]), bars.close[254]]).toEqual(['2006-12-29T00:00:00.000Z', 4119.94]);
    expect(report.ignoredColumns).toEqual(['OpenInterest']);
  });
});

describe('QuantConnect LEAN test data (M/D/YYYY h:mm:ss AM, indicator columns)', () => {
  const LEAN = ['lean/spy_atr_wilder.txt', 'lean/spy_bollinger_bands.txt'];
  it.skipIf(LEAN.some(missing)).each([
    [
      'lean/spy_atr_wilder.txt',
      501,
      ['2013-01-16T00:00:00.000Z', 146.77, 147.05],
      ['Average True Range 14'],
    ],
    [
      'lean/spy_bollinger_bands.txt',
      500,
      ['2013-02-06T00:00:00.000Z', 150.52, 151.16],
      [
        'Moving Average 20',
        'Bollinger Bands® 20 2 Top',
        'Bollinger Bands® 20 2 Bottom',
        'BandWidth',
        '%B',
      ],
    ],
  ])('%s: %i bars, indicator columns ignored', (file, count, first, ignored) => {
    const { bars, report } = load(file);
    expect(bars.length).toBe(count);
    expect([iso(bars.time[0]), bars.open[0], bars.close[0]]).toEqual(first);
    expect(bars.volume[0]).toBeNaN();
    expect(report.ignoredColumns).toEqual(ignored);
  });

  it.skipIf(missing('lean/spy_atr_wilder.txt'))(
    'reads the intraday last row "1/12/2015 1:02:41 PM"',
    () => {
      const { bars } = load('lean/spy_atr_wilder.txt');
      expect(iso(bars.time[bars.length - 1])).toBe('2015-01-12T13:02:41.000Z');
    },
  );

  it.skipIf(missing('lean/spy_with_indicators.txt'))(
    'refuses spy_with_indicators.txt, which has a close but no open',
    () => {
      expect(() => load('lean/spy_with_indicators.txt')).toThrow(
        'spy_with_indicators.txt:1: no open column among: Date, SMA14, EMA14, MACD 12 26, RSI 14, RSI 14 Wilder, OBV, Close',
      );
    },
  );
});

import { describe, expect, it } from 'vitest';
import { detectColumns, normalizeName, positionalColumns } from './detect-columns.ts';

const never = () => false;
const always = () => true;
const columnsOf = (header: string, probe = never) =>
  detectColumns(header.split(','), probe, 'h.csv', 1).columns;
const ignoredOf = (header: string, probe = never) =>
  detectColumns(header.split(','), probe, 'h.csv', 1).ignored;

const OHLC = { open: 'Open', high: 'High', low: 'Low', close: 'Close' };

// Headers as written by the exporters named in each case.
describe('detectColumns by header name', () => {
  // biome-ignore format: one line per case
  it.each<[string, string, Record<string, string>]>([
    ['pandas index (backtesting.py GOOG.csv)', ',Open,High,Low,Close,Volume', { time: '#1', ...OHLC, volume: 'Volume' }],
    ['backtrader', 'Date,Open,High,Low,Close,Volume,OpenInterest', { time: 'Date', ...OHLC, volume: 'Volume' }],
    ['lower case, spaces', ' date , open , high , low , close ', { time: 'date', open: 'open', high: 'high', low: 'low', close: 'close' }],
    ['one letter', 'time,o,h,l,c,v', { time: 'time', open: 'o', high: 'h', low: 'l', close: 'c', volume: 'v' }],
    ['Binance klines', 'Open time,Open,High,Low,Close,Volume,Close time', { time: 'Open time', ...OHLC, volume: 'Volume' }],
    ['timestamp, vol', 'timestamp,open,high,low,close,vol', { time: 'timestamp', open: 'open', high: 'high', low: 'low', close: 'close', volume: 'vol' }],
    ['Date Time with a space', 'Date Time,Open,High,Low,Close', { time: 'Date Time', ...OHLC }],
    ['datetime beats date', 'Date,Datetime,Open,High,Low,Close', { time: 'Datetime', ...OHLC }],
    ['Yahoo: Close beats Adj Close', 'Date,Open,High,Low,Close,Adj Close,Volume', { time: 'Date', ...OHLC, volume: 'Volume' }],
    ['Adj Close alone', 'Date,Open,High,Low,Adj Close', { time: 'Date', open: 'Open', high: 'High', low: 'Low', close: 'Adj Close' }],
    ['MetaTrader <TAGS>', '<DATE>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<TICKVOL>', { time: '<DATE>', open: '<OPEN>', high: '<HIGH>', low: '<LOW>', close: '<CLOSE>', volume: '<TICKVOL>' }],
    ['volume beats tick volume', 'Date,Open,High,Low,Close,Tick Volume,Volume', { time: 'Date', ...OHLC, volume: 'Volume' }],
  ])('%s', (_, header, expected) => expect(columnsOf(header)).toEqual(expected));

  it('combines Date and Time when Time holds a time of day', () => {
    const layout = detectColumns('Date,Time,Open,High,Low,Close'.split(','), always, 'h.csv', 1);
    expect([layout.time, layout.timeOfDay, layout.columns.time]).toEqual([0, 1, 'Date + Time']);
  });

  it('uses Time alone when it holds full date-times', () => {
    const layout = detectColumns('Date,Time,Open,High,Low,Close'.split(','), never, 'h.csv', 1);
    expect([layout.time, layout.timeOfDay, layout.ignored]).toEqual([1, -1, ['Date']]);
  });

  it.each([
    ['Date,Open,High,Low,Close,Volume,OpenInterest', ['OpenInterest']],
    ['Date,Open,High,Low,Close,Average True Range 14', ['Average True Range 14']], // LEAN
    ['Date,Open,High,Low,Close,Adj Close,Volume', ['Adj Close']],
    ['Date,Open,High,Low,Close,%B', ['%B']], // LEAN Bollinger: "%B" is not "b"
    ['Open time,Open,High,Low,Close,Volume,Close time', ['Close time']],
  ])('lists ignored columns of %s', (header, ignored) =>
    expect(ignoredOf(header)).toEqual(ignored),
  );

  it.each([
    ['Date,Open,High,Low,Volume', 'h.csv:1: no close column among: Date, Open, High, Low, Volume'],
    ['Open,High,Low,Close', 'h.csv:1: no time column among: Open, High, Low, Close'],
    // LEAN spy_with_indicators.txt has only a Close price among its indicators
    ['Date,SMA14,EMA14,Close', 'h.csv:1: no open column among: Date, SMA14, EMA14, Close'],
  ])('names the missing column: %s', (header, message) =>
    expect(() => columnsOf(header)).toThrow(message),
  );
});

describe('positionalColumns (no header)', () => {
  it.each<[number, boolean, Record<string, string>, string[]]>([
    [5, false, { time: '#1', open: '#2', high: '#3', low: '#4', close: '#5' }, []],
    [6, false, { time: '#1', open: '#2', high: '#3', low: '#4', close: '#5', volume: '#6' }, []],
    [
      7,
      false,
      { time: '#1', open: '#2', high: '#3', low: '#4', close: '#5', volume: '#6' },
      ['#7'],
    ],
    [
      7,
      true,
      { time: '#1 + #2', open: '#3', high: '#4', low: '#5', close: '#6', volume: '#7' },
      [],
    ],
  ])('%i fields, split date/time %s', (n, split, columns, ignored) => {
    const layout = positionalColumns(n, () => split, 'p.csv', 1);
    expect([layout.columns, layout.ignored]).toEqual([columns, ignored]);
  });

  it('needs at least time and four prices', () =>
    expect(() => positionalColumns(4, never, 'p.csv', 3)).toThrow(
      'p.csv:3: no header and only 4 fields',
    ));
});

describe('normalizeName', () => {
  it.each([
    ['Adj Close', 'adjclose'],
    [' Open_Time ', 'opentime'],
    ['<TICKVOL>', 'tickvol'],
    ['%B', '%b'],
  ])('%j → %j', (name, normal) => expect(normalizeName(name)).toBe(normal));
});

import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliSandbox, HAS_REFERENCE, reference } from '../support/cli.ts';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const dataLines = (csv: string) => csv.trim().split('\n').slice(1);

// Issue 2 acceptance: backtesting.py's GOOG.csv (2,148 daily bars, unnamed date column).
describe.skipIf(!HAS_REFERENCE)('GOOG.csv round trip', () => {
  it('import then show reproduces the 2,148 bars exactly', async () => {
    const file = reference('backtesting-py/GOOG.csv');
    const imported = await cli.ok('data', 'import', file, '--symbol', 'GOOG', '--timeframe', 'D');
    expect(imported).toContain('imported 2148 of 2148 rows');
    const shown = await cli.ok('data', 'show', 'GOOG', 'D', '--format', 'csv');
    const expected = dataLines(readFileSync(file, 'utf8'));
    const actual = dataLines(shown);
    expect(actual).toHaveLength(2148);
    // Same date, same numbers: compare as numbers so `100.0` and `100` count as equal.
    const parse = (line: string) =>
      line.split(',').map((cell, i) => (i === 0 ? cell : Number(cell)));
    expect(actual.map(parse)).toEqual(expected.map(parse));
    expect(actual[0]).toBe('2004-08-19,100,104.06,95.96,100.34,22351900');
    expect(actual.at(-1)).toBe('2013-03-01,797.8,807.14,796.15,806.19,2175400');
  });

  it('re-importing the same file adds nothing', async () => {
    const file = reference('backtesting-py/GOOG.csv');
    await cli.ok('data', 'import', file, '--symbol', 'GOOG', '--timeframe', 'D');
    const again = await cli.ok('data', 'import', file, '--symbol', 'GOOG', '--timeframe', 'D');
    expect(again).toContain('imported 0 of 2148 rows');
    expect(again).toContain('(2148 already stored)');
  });

  it('--from/--to select a range in the symbol time zone', async () => {
    await cli.ok(
      'data',
      'import',
      reference('backtesting-py/GOOG.csv'),
      '--symbol',
      'GOOG',
      '--timeframe',
      'D',
    );
    const shown = await cli.ok(
      'data',
      'show',
      'GOOG',
      'D',
      '--from',
      '2013-02-25',
      '--to',
      '2013-03-01',
    );
    expect(dataLines(shown).map((l) => l.slice(0, 10))).toEqual([
      '2013-02-25',
      '2013-02-26',
      '2013-02-27',
      '2013-02-28',
    ]);
  });
});

// Issue 2 acceptance: backtrader's 2006 daily and weekly files; resampling D → W must rebuild the weekly file.
describe.skipIf(!HAS_REFERENCE)('backtrader 2006 daily → weekly', () => {
  it('imports both files and the resampled weekly bars equal the published weekly file', async () => {
    await cli.ok(
      'data',
      'import',
      reference('backtrader/2006-day-001.txt'),
      '--symbol',
      'IDX',
      '--timeframe',
      'D',
    );
    await cli.ok(
      'data',
      'import',
      reference('backtrader/2006-week-001.txt'),
      '--symbol',
      'IDXW',
      '--timeframe',
      'W',
    );
    await cli.ok('data', 'resample', 'IDX', 'D', '--to', 'W');
    const ours = dataLines(await cli.ok('data', 'show', 'IDX', 'W'));
    const published = dataLines(readFileSync(reference('backtrader/2006-week-001.txt'), 'utf8'));
    expect(ours).toHaveLength(published.length);
    // Published weeks are dated on their last trading day, ours on the week's Monday: compare OHLCV.
    const ohlcv = (line: string) => line.split(',').slice(1, 6).map(Number);
    expect(ours.map(ohlcv)).toEqual(published.map(ohlcv));
    const list = await cli.ok('data', 'list');
    expect(list).toMatch(/csv\s+IDX\s+1W\s+52/);
    expect(list).toContain('resampled from 1D');
  });
});

// Issue 2 acceptance: a malformed row names its line and leaves the store unchanged.
describe('bad input', () => {
  const csv = (broken: boolean) => {
    const lines = ['time,open,high,low,close,volume'];
    for (let i = 0; i < 30; i++) {
      const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
      lines.push(i === 15 && broken ? `${day},10,11,9,oops,100` : `${day},10,11,9,10.5,100`);
    }
    return `${lines.join('\n')}\n`;
  };

  it('a broken row 17 fails naming line 17, and the store is unchanged', async () => {
    const good = cli.file('good.csv');
    const bad = cli.file('bad.csv');
    writeFileSync(good, csv(false).split('\n').slice(0, 11).join('\n'));
    writeFileSync(bad, csv(true));
    await cli.ok('data', 'import', good, '--symbol', 'X', '--timeframe', 'D');
    const before = await cli.ok('data', 'show', 'X', 'D');
    const result = await cli.run('data', 'import', bad, '--symbol', 'X', '--timeframe', 'D');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^barwise: bad\.csv:17: .*"oops"/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await cli.ok('data', 'show', 'X', 'D')).toBe(before);
    const fresh = await cli.run('data', 'import', bad, '--symbol', 'Y', '--timeframe', 'D');
    expect(fresh.code).toBe(1);
    expect(await cli.ok('data', 'list')).not.toContain('Y');
  });

  it.each([
    [
      ['data', 'import', 'missing.csv', '--symbol', 'X', '--timeframe', 'D'],
      'barwise: cannot read missing.csv: no such file',
    ],
    [['data', 'import', 'x.csv', '--symbol', 'X', '--timeframe', '7X'], 'invalid timeframe "7X"'],
    [['data', 'show', 'NOPE', 'D'], 'barwise: no dataset NOPE 1D'],
    [['data', 'show', 'NOPE', 'D', '--format', 'xml'], "argument 'xml' is invalid"],
    [
      ['data', 'synth', '--symbol', 'S', '--timeframe', '1', '--bars', '-5'],
      '--bars: "-5" is not a positive whole number',
    ],
    [
      ['data', 'import', 'x.csv', '--symbol', 'X', '--timeframe', 'D', '--syminfo', 'tick=1'],
      'syminfo: unknown key "tick"',
    ],
    [['data', 'bogus'], "unknown command 'bogus'"],
  ])('%j → exit 1 with %j and no stack trace', async (argv, message) => {
    const result = await cli.run(...argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help works on every command and exits 0', async () => {
    for (const argv of [
      [],
      ['data'],
      ['data', 'import'],
      ['data', 'show'],
      ['data', 'resample'],
      ['data', 'synth'],
      ['data', 'list'],
    ]) {
      const result = await cli.run(...argv, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: barwise');
    }
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CliSandbox, HAS_REFERENCE, reference } from '../support/cli.ts';

// `barwise run` in-process over backtesting.py's GOOG.csv (daily, header `,Open,High,Low,Close,Volume`).
// Expected plots are computed here from the file itself: ta.sma is the plain mean of the last
// `length` closes and na until `length` bars exist (Pine reference, ta.sma); the export has `time`
// in Unix seconds and one column per plot titled as in plot(title=…) (User Manual, Visuals/Plots).
const sandbox = new CliSandbox();
afterAll(() => sandbox.dispose());

const SMA_SCRIPT = `//@version=6
indicator("SMA test")
len = input.int(20, "Length", minval = 1)
plot(ta.sma(close, len), "SMA")
plot(close > open ? 1 : na, "Up bar")
`;

function file(name: string, text: string): string {
  const path = sandbox.file(name);
  writeFileSync(path, text);
  return path;
}

interface GoogRow {
  seconds: number;
  open: number;
  close: number;
  line: string;
}

function googRows(): GoogRow[] {
  const lines = readFileSync(reference('backtesting-py/GOOG.csv'), 'utf8').trim().split('\n');
  return lines.slice(1).map((line) => {
    const [date, open, , , close] = line.split(',');
    return { seconds: Date.parse(`${date}T00:00:00Z`) / 1000, open: +open!, close: +close!, line };
  });
}

/** Output rows as cells, header first. */
function readPlots(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}

describe.skipIf(!HAS_REFERENCE)('barwise run', () => {
  it('writes time in seconds, then each plot by title; ta.sma matches the mean of the last closes', async () => {
    const out = sandbox.file('sma.csv');
    const stdout = await sandbox.ok(
      'run',
      file('sma.pine', SMA_SCRIPT),
      '--data',
      reference('backtesting-py/GOOG.csv'),
      '--input',
      'Length=5',
      '--out',
      out,
    );
    expect(stdout).toBe(`ran "SMA test" over 2148 bars: 2 plot columns written to ${out}\n`);
    const [header, ...rows] = readPlots(out);
    expect(header).toEqual(['time', 'SMA', 'Up bar']);
    const goog = googRows();
    expect(rows).toHaveLength(goog.length);
    // 2004-08-19 00:00 UTC = 12,649 days after 1970-01-01 = 1,092,873,600 s.
    expect(rows[0]![0]).toBe('1092873600');
    for (const [i, bar] of goog.entries()) {
      const [time, sma, up] = rows[i]!;
      expect(Number(time)).toBe(bar.seconds);
      if (i < 4) expect(sma).toBe('');
      else {
        const window = goog.slice(i - 4, i + 1);
        const mean = window.reduce((s, b) => s + b.close, 0) / 5;
        expect(Number(sma)).toBeCloseTo(mean, 9);
      }
      expect(up).toBe(bar.close > bar.open ? '1' : '');
    }
  });

  it('accepts a CSV with extra columns besides OHLCV and reads its first rows', async () => {
    const goog = googRows().slice(0, 30);
    const csv = [
      'Date,Open,High,Low,Close,Volume,Adj Close,Note',
      ...goog.map((r) => `${r.line},${r.close},x`),
    ].join('\n');
    const out = sandbox.file('extra.csv');
    await sandbox.ok(
      'run',
      file('sma-extra.pine', SMA_SCRIPT),
      '--data',
      file('goog-extra.csv', `${csv}\n`),
      '--out',
      out,
    );
    const rows = readPlots(out).slice(1);
    expect(rows).toHaveLength(30);
    // Default Length 20: the first SMA is on the 20th bar (index 19), the mean of closes 0 … 19.
    expect(rows[18]![1]).toBe('');
    const mean = goog.slice(0, 20).reduce((s, b) => s + b.close, 0) / 20;
    expect(Number(rows[19]![1])).toBeCloseTo(mean, 9);
  });

  it('--from/--to keep the bars in the range (from inclusive, to exclusive)', async () => {
    const out = sandbox.file('range.csv');
    await sandbox.ok(
      'run',
      file('sma-range.pine', SMA_SCRIPT),
      '--data',
      reference('backtesting-py/GOOG.csv'),
      '--from',
      '2010-01-04',
      '--to',
      '2010-02-01',
      '--out',
      out,
    );
    const rows = readPlots(out).slice(1);
    const expected = googRows().filter(
      (r) => r.seconds >= Date.UTC(2010, 0, 4) / 1000 && r.seconds < Date.UTC(2010, 1, 1) / 1000,
    );
    expect(rows.map((r) => Number(r[0]))).toEqual(expected.map((r) => r.seconds));
  });

  it('names the unknown input and the known ones, exit 1', async () => {
    const run = await sandbox.run(
      'run',
      file('sma-bad-input.pine', SMA_SCRIPT),
      '--data',
      reference('backtesting-py/GOOG.csv'),
      '--input',
      'Lenght=5',
      '--out',
      sandbox.file('never.csv'),
    );
    expect(run).toMatchObject({
      code: 1,
      stderr: 'barwise: unknown input "Lenght" (the script\'s inputs: "Length")\n',
    });
  });

  it('rejects an input value outside its minval', async () => {
    const run = await sandbox.run(
      'run',
      file('sma-minval.pine', SMA_SCRIPT),
      '--data',
      reference('backtesting-py/GOOG.csv'),
      '--input',
      'Length=0',
      '--out',
      sandbox.file('never.csv'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('barwise: input "Length": 0 is below its minval 1\n');
  });

  it('reports a runtime error with its Pine line and bar, without a stack, exit 1', async () => {
    // array.get with an index outside 0 … size-1 stops the script (Pine reference, array.get).
    const script = file(
      'oob.pine',
      '//@version=6\nindicator("oob")\na = array.new<float>(3, 0)\nx = bar_index == 10 ? array.get(a, 5) : 0.0\nplot(x)\n',
    );
    const run = await sandbox.run(
      'run',
      script,
      '--data',
      reference('backtesting-py/GOOG.csv'),
      '--out',
      sandbox.file('never.csv'),
    );
    expect(run.code).toBe(1);
    // Bar 10 of GOOG.csv is 2004-09-02.
    expect(run.stderr).toMatch(
      new RegExp(
        `^barwise: ${script}:4: runtime error on bar 10 \\(2004-09-02T00:00:00.000Z\\): .+\\n$`,
      ),
    );
    expect(run.stderr).not.toContain('    at ');
  });

  it('runs a dataset from the candle store named TICKER:TIMEFRAME', async () => {
    await sandbox.ok(
      'data',
      'import',
      reference('backtesting-py/GOOG.csv'),
      '--symbol',
      'GOOG',
      '--timeframe',
      'D',
    );
    const fromStore = sandbox.file('store.csv');
    const fromFile = sandbox.file('file.csv');
    const script = file('sma-store.pine', SMA_SCRIPT);
    await sandbox.ok('run', script, '--data', 'GOOG:D', '--out', fromStore);
    await sandbox.ok(
      'run',
      script,
      '--data',
      reference('backtesting-py/GOOG.csv'),
      '--out',
      fromFile,
    );
    expect(readFileSync(fromStore, 'utf8')).toBe(readFileSync(fromFile, 'utf8'));
  });

  it('says when --data is neither a file nor a dataset', async () => {
    const run = await sandbox.run(
      'run',
      file('sma-nodata.pine', SMA_SCRIPT),
      '--data',
      'nope.csv',
      '--out',
      sandbox.file('never.csv'),
    );
    expect(run).toMatchObject({ code: 1, stderr: 'barwise: --data: no such file: nope.csv\n' });
  });
});

// The classic Pine strategies shipped as examples (and seeded into a new server's library) compile,
// declare the documented inputs, and trade where their rules say — checked against signals
// computed here independently from the closes of backtesting.py's GOOG.csv.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScript } from '../../packages/core/src/index.ts';
import { backtest } from '../../packages/server/src/index.ts';
import { HAS_REFERENCE, REPO_ROOT, reference } from '../support/cli.ts';

const EXAMPLES = path.join(REPO_ROOT, 'examples/strategies/pine');
const source = (name: string) => readFileSync(path.join(EXAMPLES, name), 'utf8');

describe('classic example strategies', () => {
  it.each([
    ['moving-average-cross.pine', ['Fast length', 'Slow length', 'Exponential averages']],
    ['rsi-reversal.pine', ['RSI length', 'Oversold', 'Overbought', 'Stop loss %', 'Take profit %']],
    ['bollinger-breakout.pine', ['Length', 'Standard deviations', 'Allow shorts']],
    ['supertrend.pine', ['ATR length', 'Factor']],
  ])('%s is a strategy with inputs %j', (file, titles) => {
    const compiled = compileScript(source(file), { fileName: file });
    expect(compiled.kind).toBe('strategy');
    expect(compiled.inputs.map((i) => i.title)).toEqual(titles);
  });
});

describe.skipIf(!HAS_REFERENCE)('moving-average cross on GOOG.csv', () => {
  it('buys at the open after each SMA(10)/SMA(30) cross-over and sells after the cross-under', async () => {
    const csv = readFileSync(reference('backtesting-py/GOOG.csv'), 'utf8');
    const report = await backtest(
      {
        script: { source: source('moving-average-cross.pine'), fileName: 'ma.pine' },
        data: { kind: 'csv', text: csv, name: 'GOOG.csv' },
      },
      null,
    );
    const { close, time } = report.bars;
    const sma = (n: number, i: number) => {
      let sum = 0;
      for (let k = i - n + 1; k <= i; k++) sum += close[k]!;
      return sum / n;
    };
    // TradingView rule 1: an order placed on a bar's close fills at the next bar's open.
    const expected: { entry: number; exit: number | undefined }[] = [];
    for (let i = 30; i < report.bars.length - 1; i++) {
      const before = sma(10, i - 1) - sma(30, i - 1);
      const now = sma(10, i) - sma(30, i);
      const open = expected.at(-1);
      if (before <= 0 && now > 0) expected.push({ entry: time[i + 1]!, exit: undefined });
      if (before >= 0 && now < 0 && open && open.exit === undefined) open.exit = time[i + 1]!;
    }
    const last = time[report.bars.length - 1]!;
    const trades = report.trades.map((t) => ({
      entry: t.entry.time,
      exit: t.open ? undefined : t.exit.time,
    }));
    expect(expected.length).toBeGreaterThan(30);
    expect(trades).toEqual(expected.map((t) => (t.exit === undefined ? { ...t } : t)));
    expect(report.trades.every((t) => t.direction === 'long')).toBe(true);
    expect(last).toBeGreaterThan(expected.at(-1)!.entry);
  });
});

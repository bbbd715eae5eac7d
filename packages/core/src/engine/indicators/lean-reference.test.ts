import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReferenceTable, referenceUrl } from '../test-support/reference-table.ts';
import { ATR } from './atr/atr.ts';
import { Bollinger } from './bollinger/bollinger.ts';
import { EMA } from './ema/ema.ts';
import type { StreamingIndicator } from './indicator.ts';
import { RSI } from './rsi/rsi.ts';
import { SMA } from './sma/sma.ts';

// Reference: QuantConnect LEAN Tests/TestData spy_with_indicators.txt, spy_atr_wilder.txt and
// spy_bollinger_bands.txt (published indicator columns, rounded to the printed decimals).
const INDICATORS = referenceUrl('lean/spy_with_indicators.txt');
const ATR_FILE = referenceUrl('lean/spy_atr_wilder.txt');
const BB_FILE = referenceUrl('lean/spy_bollinger_bands.txt');
const hasReference = (file: URL) => existsSync(file);
const readReferenceTable = (file: URL) => parseReferenceTable(readFileSync(file, 'utf8'));

/**
 * Compares where LEAN prints a value; LEAN's empty cells must be our warm-up NaNs. The files print
 * inputs and outputs to 7 significant digits, so the tolerance is one unit of the last printed digit.
 */
function expectColumn(ours: number[], lean: number[], tolerance: number): void {
  expect(ours.length).toBe(lean.length);
  let compared = 0;
  lean.forEach((expected, i) => {
    if (Number.isNaN(expected)) {
      expect(ours[i], `bar ${i} should still be warming up`).toBeNaN();
      return;
    }
    expect(Math.abs(ours[i]! - expected), `bar ${i}`).toBeLessThanOrEqual(tolerance);
    compared++;
  });
  expect(compared).toBeGreaterThan(400);
}

function run(indicator: StreamingIndicator<number>, inputs: number[]): number[] {
  return inputs.map((x) => indicator.add(x));
}

describe.skipIf(!hasReference(INDICATORS))('indicators vs LEAN spy_with_indicators.txt', () => {
  const { columns } = hasReference(INDICATORS)
    ? readReferenceTable(INDICATORS)
    : { columns: {} as Record<string, number[]> };
  const close = columns.Close ?? [];
  it.each([
    ['SMA14', () => new SMA(14), 0.01],
    ['EMA14', () => new EMA(14), 0.01],
    ['RSI 14 Wilder', () => new RSI(14), 1e-5],
  ] as const)('%s', (column, make, tolerance) => {
    expectColumn(run(make(), close), columns[column]!, tolerance);
  });
});

describe.skipIf(!hasReference(ATR_FILE))(
  'ATR vs LEAN spy_atr_wilder.txt (Wilder, TradingView ta.atr)',
  () => {
    it('ATR14', () => {
      const { columns } = readReferenceTable(ATR_FILE);
      const atr = new ATR(14);
      const ours = columns.Close!.map((close, i) =>
        atr.addHlc(columns.High![i]!, columns.Low![i]!, close),
      );
      expectColumn(ours, columns['Average True Range 14']!, 1e-5);
    });
  },
);

describe.skipIf(!hasReference(BB_FILE))('Bollinger vs LEAN spy_bollinger_bands.txt', () => {
  it('Bollinger(20, 2) middle, top and bottom', () => {
    const { columns } = readReferenceTable(BB_FILE);
    const bb = new Bollinger(20, 2);
    const middle: number[] = [];
    const upper: number[] = [];
    const lower: number[] = [];
    for (const close of columns.Close!) {
      middle.push(bb.add(close));
      upper.push(bb.isStable ? bb.upper : Number.NaN);
      lower.push(bb.isStable ? bb.lower : Number.NaN);
    }
    expectColumn(middle, columns['Moving Average 20']!, 1e-4);
    expectColumn(upper, columns['Bollinger Bands® 20 2 Top']!, 1e-4);
    expectColumn(lower, columns['Bollinger Bands® 20 2 Bottom']!, 1e-4);
  });
});

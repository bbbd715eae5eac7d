import { describe, expect, it } from 'vitest';
import { ATR } from './atr/atr.ts';
import { Bollinger } from './bollinger/bollinger.ts';
import { EMA } from './ema/ema.ts';
import type { HighLowClose, StreamingIndicator } from './indicator.ts';
import { RMA } from './rma/rma.ts';
import { RSI } from './rsi/rsi.ts';
import { SMA } from './sma/sma.ts';

// The shared contract every streaming indicator passes (the trading-signals pattern): NaN until
// `warmup` inputs, stable after, `replace` equals having added the replacement, `reset` forgets.
const closes = [10, 11, 10.5, 12, 13, 12.5, 12.8, 14, 13.2, 13.9, 15, 14.1, 14.7, 16, 15.5, 17];
const bars: HighLowClose[] = closes.map((close, i) => ({
  close,
  high: close + 0.5 + (i % 3) * 0.2,
  low: close - 0.4 - (i % 2) * 0.3,
}));

interface Case<In> {
  make: () => StreamingIndicator<In>;
  inputs: In[];
  other: (input: In) => In;
}
const numeric = (make: () => StreamingIndicator<number>): Case<number> => ({
  make,
  inputs: closes,
  other: (x) => x * 1.07 + 0.3,
});
const CASES: [string, Case<number> | Case<HighLowClose>][] = [
  ['SMA(4)', numeric(() => new SMA(4))],
  ['EMA(4)', numeric(() => new EMA(4))],
  ['RMA(4)', numeric(() => new RMA(4))],
  ['RSI(4)', numeric(() => new RSI(4))],
  ['Bollinger(4, 2)', numeric(() => new Bollinger(4, 2))],
  [
    'ATR(4)',
    {
      make: () => new ATR(4),
      inputs: bars,
      other: (b: HighLowClose) => ({ high: b.high + 1, low: b.low - 0.2, close: b.close + 0.6 }),
    },
  ],
];

function contract<In>({ make, inputs, other }: Case<In>): void {
  const ind = make();
  inputs.forEach((input, i) => {
    const value = ind.add(input);
    expect(value).toBe(ind.value);
    expect(ind.isStable).toBe(i + 1 >= ind.warmup);
    expect(Number.isNaN(value)).toBe(i + 1 < ind.warmup);
  });

  // replace(x) after add(y) must equal a fresh run that added x instead of y, at every position.
  inputs.forEach((_, k) => {
    const replaced = make();
    const fresh = make();
    inputs.slice(0, k).forEach((input) => {
      replaced.add(input);
      fresh.add(input);
    });
    replaced.add(inputs[k]!);
    replaced.replace(other(inputs[k]!));
    const replacedTwice = replaced.replace(other(other(inputs[k]!)));
    expect(replacedTwice).toEqual(fresh.add(other(other(inputs[k]!))));
    if (k + 1 < inputs.length)
      expect(replaced.add(inputs[k + 1]!)).toEqual(fresh.add(inputs[k + 1]!));
  });

  ind.reset();
  expect(ind.isStable).toBe(false);
  expect(ind.value).toBeNaN();
  const again = make();
  for (const input of inputs) expect(ind.add(input)).toEqual(again.add(input));
}

describe('streaming indicator contract', () => {
  it.each(CASES)('%s', (_, c) => contract(c as Case<unknown>));
});

describe('hand-worked values', () => {
  // SMA(3) of 1, 2, 3, 4 = NaN, NaN, 2, 3; EMA(3) seeds with 2 then 0.5 * 4 + 0.5 * 2 = 3;
  // RMA(2) of 1, 3, 5 seeds with 2 then 5 / 2 + 2 / 2 = 3.5.
  it.each([
    ['SMA(3)', () => new SMA(3), [1, 2, 3, 4], [Number.NaN, Number.NaN, 2, 3]],
    ['EMA(3)', () => new EMA(3), [1, 2, 3, 4], [Number.NaN, Number.NaN, 2, 3]],
    ['RMA(2)', () => new RMA(2), [1, 3, 5], [Number.NaN, 2, 3.5]],
  ] as const)('%s over %j', (_, make, inputs, expected) => {
    const ind = make();
    expect(inputs.map((x) => ind.add(x))).toEqual(expected);
  });

  // ta.rsi: all gains -> 100, all losses -> 0; changes +1, +1, -2 give RMA(2) gains 1 then 0.5 and
  // losses 0 then 1, so RSI = 100 - 100 / (1 + 0.5) = 33.33….
  it.each([
    [[1, 2, 3], 100],
    [[3, 2, 1], 0],
    [[1, 2, 3, 1], 100 - 100 / 1.5],
  ])('RSI(2) of %j ends at %d', (inputs, expected) => {
    const rsi = new RSI(2);
    for (const x of inputs) rsi.add(x);
    expect(rsi.value).toBeCloseTo(expected, 12);
  });
});

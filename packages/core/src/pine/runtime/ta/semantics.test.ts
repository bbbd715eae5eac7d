import { describe, expect, it } from 'vitest';
import { barsFrom, runBars } from '../test-support/reference.ts';
import { Atr } from './atr.ts';
import { ChangeValue } from './change.ts';
import { Cross, Crossover, Crossunder } from './cross.ts';
import { AllTimeMax, AllTimeMin, Cum } from './cum.ts';
import { Ema } from './ema.ts';
import { Highest, HighestBars, Lowest, LowestBars, Range } from './highest.ts';
import { PivotHigh, PivotLow } from './pivot.ts';
import { PercentRank, Rci } from './rank-stats.ts';
import { Falling, Rising } from './rising.ts';
import { Rma } from './rma.ts';
import { Rsi } from './rsi.ts';
import { Sma } from './sma.ts';
import { Stoch } from './stoch.ts';
import { trueRange } from './tr.ts';
import { BarsSince, ValueWhen, ValueWhenRef } from './valuewhen.ts';
import { Vwap } from './vwap.ts';

const NA = Number.NaN;
const feed = <A extends unknown[], R>(f: { next(...a: A): R }, inputs: A[]) =>
  inputs.map((a) => f.next(...a));

describe('per-call-site state (TradingView: a ta.* call in an `if` sees only its own bars)', () => {
  it('two Sma instances fed different bars are independent', () => {
    const always = new Sma();
    const sometimes = new Sma();
    const outA: number[] = [];
    const outB: number[] = [];
    [1, 2, 3, 4, 5, 6].forEach((x, bar) => {
      outA.push(always.next(x, 2));
      if (bar % 2 === 1) outB.push(sometimes.next(x, 2)); // called on bars 1, 3, 5 only
    });
    expect(outA).toEqual([NA, 1.5, 2.5, 3.5, 4.5, 5.5]);
    expect(outB).toEqual([NA, 3, 5]); // (2 + 4) / 2, (4 + 6) / 2
  });
});

describe('seeding and na inputs (hand-worked)', () => {
  it('ta.sma skips na and holds the window mean (PineForge KI-66: 10, 20, 30 → 20; na → 20; 40 → 30)', () => {
    expect(
      feed(new Sma(), [
        [10, 3],
        [20, 3],
        [NA, 3],
        [30, 3],
        [NA, 3],
        [40, 3],
      ]),
    ).toEqual([NA, NA, NA, 20, 20, 30]);
  });

  it('ta.sma with a series length (1, 2, 3 then 2)', () => {
    expect(
      feed(new Sma(), [
        [2, 1],
        [4, 2],
        [6, 3],
        [8, 2],
      ]),
    ).toEqual([2, 3, 4, 7]);
  });

  it('ta.ema(3) seeds with the SMA of the first 3 values, then alpha = 0.5 (1 … 5 → na, na, 2, 3, 4)', () => {
    expect(
      feed(new Ema(), [
        [1, 3],
        [2, 3],
        [3, 3],
        [4, 3],
        [5, 3],
      ]),
    ).toEqual([NA, NA, 2, 3, 4]);
  });

  it('ta.ema: an na input gives na and leaves the recursion untouched (PineForge R1/G4)', () => {
    expect(
      feed(new Ema(), [
        [10, 3],
        [20, 3],
        [30, 3],
        [NA, 3],
        [40, 3],
      ]),
    ).toEqual([NA, NA, 20, NA, 30]);
  });

  it('ta.rma(3): seed on the 3rd non-na value, then (x + 2 · rma[1]) / 3', () => {
    expect(
      feed(new Rma(), [
        [3, 3],
        [NA, 3],
        [6, 3],
        [9, 3],
        [12, 3],
      ]),
    ).toEqual([NA, NA, NA, 6, 8]);
  });

  it('ta.rsi: first value at the (length + 1)-th input; 100 without losses (also when flat)', () => {
    expect(
      feed(new Rsi(), [
        [1, 2],
        [2, 2],
        [3, 2],
        [3, 2],
      ]),
    ).toEqual([NA, NA, 100, 100]);
    // Gains 2, 0 → rma 1; losses 0, 1 → rma 0.5; rs = 2, rsi = 100 − 100 / 3.
    expect(
      feed(new Rsi(), [
        [1, 2],
        [3, 2],
        [2, 2],
      ])[2],
    ).toBe(100 - 100 / 3);
  });

  it('ta.tr: high − low on the first bar with handle_na, na without; then the gap-aware range', () => {
    const bars = barsFrom({ high: [10, 12], low: [8, 11], close: [9, 11.5] });
    const out = runBars(bars, (b) => [trueRange(b, true), trueRange(b, false)]);
    expect(out).toEqual([
      [2, NA],
      [3, 3],
    ]); // max(1, |12 − 9|, |11 − 9|) = 3
  });

  it('ta.atr(2) = rma of the true range: (2 + 3) / 2 = 2.5, then (1 + 2.5) / 2', () => {
    const bars = barsFrom({ high: [10, 12, 12], low: [8, 11, 11], close: [9, 11.5, 11.5] });
    let atr: Atr | undefined;
    expect(runBars(bars, (b) => (atr ??= new Atr(b)).next(2))).toEqual([NA, 2.5, 1.75]);
  });
});

describe('crossings', () => {
  const a = [1, 3, 3, 2, 2, 4];
  const b = [2, 2, 3, 3, 2, 3];
  it('ta.crossover: a > b now and a[1] <= b[1]', () => {
    const f = new Crossover();
    expect(a.map((x, i) => f.next(x, b[i]!))).toEqual([false, true, false, false, false, true]);
  });
  it('ta.crossunder: a < b now and a[1] >= b[1]', () => {
    const f = new Crossunder();
    expect(a.map((x, i) => f.next(x, b[i]!))).toEqual([false, false, false, true, false, false]);
  });
  it('ta.cross: equal bars are transparent (PineForge skip-tie rule)', () => {
    const f = new Cross();
    // signs: −, +, 0, −, 0, + → crosses on bars 1 (− → +), 3 (+ → − over a tie) and 5 (− → +).
    expect(a.map((x, i) => f.next(x, b[i]!))).toEqual([false, true, false, true, false, true]);
    const g = new Cross();
    expect(
      [
        [1, 2],
        [2, 2],
        [1, 2],
      ].map(([x, y]) => g.next(x!, y!)),
    ).toEqual([false, false, false]);
  });
  it('na operands never cross', () => {
    const f = new Crossover();
    expect(
      [
        [NA, 1],
        [2, 1],
      ].map(([x, y]) => f.next(x!, y!)),
    ).toEqual([false, false]);
  });
});

describe('conditions and running values', () => {
  it('ta.valuewhen(cond, src, 0 / 1) and ta.barssince', () => {
    const cond = [false, true, false, true, false];
    const src = [10, 11, 12, 13, 14];
    const v0 = new ValueWhen();
    const v1 = new ValueWhen();
    const since = new BarsSince();
    expect(cond.map((c, i) => v0.next(c, src[i]!, 0))).toEqual([NA, 11, 11, 13, 13]);
    expect(cond.map((c, i) => v1.next(c, src[i]!, 1))).toEqual([NA, NA, NA, 11, 11]);
    expect(cond.map((c) => since.next(c))).toEqual([NA, 0, 1, 0, 1]);
    const s = new ValueWhenRef<string>();
    expect(cond.map((c, i) => s.next(c, `s${i}`, 0))).toEqual([null, 's1', 's1', 's3', 's3']);
  });

  it('ta.cum, ta.max, ta.min ignore na and are na before the first value', () => {
    const xs = [NA, 2, NA, -1, 5];
    const cum = new Cum();
    const hi = new AllTimeMax();
    const lo = new AllTimeMin();
    expect(xs.map((x) => cum.next(x))).toEqual([NA, 2, 2, 1, 6]);
    expect(xs.map((x) => hi.next(x))).toEqual([NA, 2, 2, 2, 5]);
    expect(xs.map((x) => lo.next(x))).toEqual([NA, 2, 2, -1, -1]);
  });

  it('ta.change of a bool / string: true when it differs from `length` calls ago', () => {
    const f = new ChangeValue<boolean>();
    expect([true, true, false, true].map((x) => f.next(x))).toEqual([false, false, true, true]);
    const g = new ChangeValue<string>();
    expect(['a', 'b', 'a'].map((x) => g.next(x, 2))).toEqual([false, false, false]);
  });

  it('ta.rising / ta.falling(2): beyond each of the previous 2 values', () => {
    const xs = [1, 2, 3, 3, 1, 0];
    const r = new Rising();
    const f = new Falling();
    expect(xs.map((x) => r.next(x, 2))).toEqual([false, false, true, false, false, false]);
    expect(xs.map((x) => f.next(x, 2))).toEqual([false, false, false, false, true, true]);
  });
});

describe('windows of bars', () => {
  it('ta.highest / ta.lowest(3) count na bars in the window and ignore their values', () => {
    const xs = [5, NA, 2, 7, NA, NA, NA];
    const hi = new Highest();
    const lo = new Lowest();
    expect(xs.map((x) => hi.next(x, 3))).toEqual([NA, NA, 5, 7, 7, 7, NA]);
    expect(xs.map((x) => lo.next(x, 3))).toEqual([NA, NA, 2, 2, 2, 7, NA]);
  });

  it('ta.highestbars / ta.lowestbars(3) give offsets ≤ 0; ties resolve to the oldest bar', () => {
    const xs = [1, 4, 4, 2, 1];
    const hb = new HighestBars();
    const lb = new LowestBars();
    expect(xs.map((x) => hb.next(x, 3))).toEqual([NA, NA, -1, -2, -2]);
    expect(xs.map((x) => lb.next(x, 3))).toEqual([NA, NA, -2, 0, 0]);
  });

  it('ta.range(3) = highest − lowest', () => {
    const f = new Range();
    expect([1, 4, 2, 8].map((x) => f.next(x, 3))).toEqual([NA, NA, 3, 6]);
  });

  it('ta.stoch is na on a flat window (PineForge finding 331)', () => {
    const f = new Stoch();
    expect(f.next(5, 5, 5, 1)).toBeNaN();
    expect(f.next(6, 8, 4, 1)).toBe(50);
  });

  it('ta.pivothigh(1, 1) / ta.pivotlow(1, 1): confirmed one bar later; flat left allowed, flat right not', () => {
    const xs = [1, 3, 2, 2, 5, 5, 4, 6];
    const ph = new PivotHigh();
    const pl = new PivotLow();
    expect(xs.map((x) => ph.next(x, 1, 1))).toEqual([NA, NA, 3, NA, NA, NA, 5, NA]);
    // Bar 4 confirms the low 2 of bar 3 (its left neighbour is an equal 2); bar 3 cannot confirm
    // bar 2's 2 because the equal value sits on its right.
    expect(xs.map((x) => pl.next(x, 1, 1))).toEqual([NA, NA, NA, NA, 2, NA, NA, 4]);
  });

  it('ta.rci with tied prices: Pearson of average ranks, [1, 2, 2] → ranks 0, 1.5, 1.5, ρ = 1.5 / √(2 · 1.5)', () => {
    // Deviations from the mean 1: time −1, 0, 1; ranks −1, 0.5, 0.5 → covariance 1.5, squares 2 and
    // 1.5 (the Σd² shortcut would give 1 − 3/24 = 0.875 instead of √3/2 ≈ 0.866).
    const f = new Rci();
    expect([1, 2, 2].map((x) => f.next(x, 3))).toEqual([NA, NA, (1.5 / Math.sqrt(3)) * 100]);
  });

  it('ta.percentrank counts values equal within 1e-10 as ties (ta-percentrank-mean-reversion-01)', () => {
    // 1852.18 − 1857.53 = −5.349999999999909 and 1846.83 − 1852.18 = −5.350000000000136 are both
    // −5.35 in cents; TradingView ranks the earlier one ≤ the later: 1 of 1 → 100, not 0.
    const f = new PercentRank();
    const changes = [1852.18 - 1857.53, 1846.83 - 1852.18];
    expect(changes[0]! <= changes[1]!).toBe(false);
    expect(changes.map((x) => f.next(x, 1))).toEqual([NA, 100]);
    // Clearly different values are unaffected: −5.36 is below −5.35, 0 of 1.
    const g = new PercentRank();
    expect([-5.35, -5.36].map((x) => g.next(x, 1))).toEqual([NA, 0]);
  });

  it('ta.rci: the tied ETH window of ta-rci-14-zero-cross-01 (2026-01-10 16:30 UTC) is exactly 0, no zero cross', () => {
    // Ranks (oldest first) 11, 13, 8, 5, 3, 0, 1, 4, 2, 10, 9, 6.5, 6.5, 12; deviations from 6.5
    // against time deviations −6.5 … 6.5 sum to a covariance of 0 (Σd² shortcut: +0.11, a cross
    // TradingView did not take).
    const closes = [
      3094.88, 3096.61, 3093.52, 3093.13, 3092.79, 3090.01, 3090.51, 3093.11, 3091.97,
    ];
    closes.push(3094.33, 3094.12, 3093.14, 3093.14, 3095.86);
    const f = new Rci();
    expect(closes.map((x) => f.next(x, 14)).at(-1)).toBe(0);
  });
});

describe('ta.vwap', () => {
  it('starts at the first anchor and restarts at each anchor; bands from the volume-weighted variance', () => {
    const bars = barsFrom({ close: [10, 11, 12, 13], volume: [1, 1, 3, 1] });
    let f: Vwap | undefined;
    const anchors = [false, true, false, true];
    const out = runBars(bars, (b, i) => {
      f ??= new Vwap(b);
      return [f.next(b.close, anchors[i]!, 1), f.upper, f.lower];
    });
    expect(out[0]![0]).toBeNaN();
    // Bar 2: (11 · 1 + 12 · 3) / 4 = 11.75; variance = (121 + 432) / 4 − 11.75² = 0.1875.
    expect(out[2]).toEqual([11.75, 11.75 + Math.sqrt(0.1875), 11.75 - Math.sqrt(0.1875)]);
    expect(out[3]).toEqual([13, 13, 13]);
  });

  it('ta.vwap(source) anchors on each trading day of the symbol session', () => {
    const bars = barsFrom({ close: [1, 2, 3], volume: [1, 1, 1] });
    let f: Vwap | undefined;
    // Daily bars: every bar is a new trading day, so the VWAP is the bar's own price.
    expect(runBars(bars, (b) => (f ??= new Vwap(b)).nextDaily(b.close))).toEqual([1, 2, 3]);
  });
});

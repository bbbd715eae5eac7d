// ta.pivot_point_levels against TradingView's "Pivot Points Standard" formulas, worked by hand on
// five daily bars with an anchor on bars 0 and 3 (the first period is bars 0–2: O 100, H 107,
// L 98, C 100; the second starts on bar 3 with open 101).
import { describe, expect, it } from 'vitest';
import { barsFromOhlcv } from '../../test-support/bars.ts';
import { runProbe } from '../../test-support/run-probe.ts';

const BARS = barsFromOhlcv([
  [100, 104, 98, 102],
  [102, 106, 101, 105],
  [105, 107, 99, 100],
  [101, 103, 97, 99],
  [99, 102, 96, 101],
]);
const NA = Number.NaN;

/** The 11 levels [P, R1, S1 … R5, S5] on each bar. */
function levels(type: string, developing = false): number[][] {
  const gets = Array.from({ length: 11 }, (_, i) => `lv.get(${i})`).join(', ');
  const source = `//@version=6
indicator("p")
lv = ta.pivot_point_levels("${type}", bar_index % 3 == 0, ${developing})
log.info("", ${gets})
`;
  return runProbe(source, BARS).map((l) => l.values as number[]);
}

const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(11);
  actual.forEach((v, i) => {
    if (Number.isNaN(expected[i]!)) expect(v, `level ${i}`).toBeNaN();
    else expect(v, `level ${i}`).toBeCloseTo(expected[i]!, 9);
  });
};

describe('ta.pivot_point_levels (TradingView Pivot Points Standard)', () => {
  it('Traditional: na until the first period closes, then its levels hold until the next anchor', () => {
    // PP = (107 + 98 + 100) / 3 = 101.6667; R1 = 2·PP − 98; S1 = 2·PP − 107; R2/S2 = PP ± 9;
    // R3 = 2·PP + (107 − 2·98); S3 = 2·PP − (2·107 − 98); R4 = 3·PP + (107 − 3·98) = 118;
    // S4 = 3·PP − (3·107 − 98) = 82; R5 = 4·PP + (107 − 4·98); S5 = 4·PP − (4·107 − 98).
    const pp = 305 / 3;
    const expected = [
      pp,
      2 * pp - 98,
      2 * pp - 107,
      pp + 9,
      pp - 9,
      2 * pp - 89,
      2 * pp - 116,
      118,
      82,
      4 * pp - 285,
      4 * pp - 330,
    ];
    const rows = levels('Traditional');
    for (const bar of [0, 1, 2]) close(rows[bar]!, Array(11).fill(NA));
    close(rows[3]!, expected);
    close(rows[4]!, expected);
  });

  it('Fibonacci: R1..R3 at 0.382, 0.618 and 1 range; R4/S4 and R5/S5 na', () => {
    const pp = 305 / 3;
    close(levels('Fibonacci')[3]!, [
      pp,
      pp + 0.382 * 9,
      pp - 0.382 * 9,
      pp + 0.618 * 9,
      pp - 0.618 * 9,
      pp + 9,
      pp - 9,
      NA,
      NA,
      NA,
      NA,
    ]);
  });

  it("Woodie: P from the new period's open, (107 + 98 + 2·101) / 4 = 101.75", () => {
    // R1 = 203.5 − 98; S1 = 203.5 − 107; R2/S2 = P ± 9; R3 = 107 + 2·(101.75 − 98) = 114.5;
    // S3 = 98 − 2·(107 − 101.75) = 87.5; R4 = R3 + 9; S4 = S3 − 9.
    close(levels('Woodie')[3]!, [
      101.75,
      105.5,
      96.5,
      110.75,
      92.75,
      114.5,
      87.5,
      123.5,
      78.5,
      NA,
      NA,
    ]);
  });

  it('Classic: R3/S3 = P ± 2 range, R4/S4 = P ± 3 range', () => {
    const pp = 305 / 3;
    close(levels('Classic')[3]!, [
      pp,
      2 * pp - 98,
      2 * pp - 107,
      pp + 9,
      pp - 9,
      pp + 18,
      pp - 18,
      pp + 27,
      pp - 27,
      NA,
      NA,
    ]);
  });

  it('DM: close = open (100) → X = H + L + 2·C = 405; P = X/4, R1 = X/2 − L, S1 = X/2 − H', () => {
    close(levels('DM')[3]!, [101.25, 104.5, 95.5, NA, NA, NA, NA, NA, NA, NA, NA]);
  });

  it('Camarilla: C ± 1.1·range / 12, 6, 4, 2; R5 = H/L·C, S5 = C − (R5 − C)', () => {
    const r5 = (107 / 98) * 100;
    close(levels('Camarilla')[3]!, [
      305 / 3,
      100.825,
      99.175,
      101.65,
      98.35,
      102.475,
      97.525,
      104.95,
      95.05,
      r5,
      200 - r5,
    ]);
  });

  it('developing: recomputed each bar from the period so far, reset on the anchor bar', () => {
    const rows = levels('Traditional', true);
    // Bar 1: period bars 0–1, H 106, L 98, C 105 → P 103, R1 108, S1 100.
    expect(rows[1]!.slice(0, 3)).toEqual([103, 108, 100]);
    // Bar 3: the anchor resets the period to bar 3 alone: (103 + 97 + 99) / 3.
    expect(rows[3]![0]).toBeCloseTo(299 / 3, 12);
  });

  it('rejects a developing Woodie and an unknown type with a runtime error', () => {
    expect(() => levels('Woodie', true)).toThrow(/Woodie.*cannot be developing/);
    expect(() => levels('Floor')).toThrow(/unknown type "Floor"/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Bars } from '../../../market/bars.ts';
import { at, close, hasReference, loadBars, runBars } from '../test-support/reference.ts';
import { Alma } from './alma.ts';
import { Bbw } from './bb.ts';
import { Change, Roc } from './change.ts';
import { Cmo } from './cmo.ts';
import { Cog } from './cog.ts';
import { Correlation } from './correlation.ts';
import { Cci, Dev } from './dev.ts';
import { Kc, Kcw } from './kc.ts';
import { Linreg } from './linreg.ts';
import { Mfi } from './mfi.ts';
import {
  Median,
  Mode,
  PercentileLinearInterpolation,
  PercentileNearestRank,
  PercentRank,
  Rci,
} from './rank-stats.ts';
import { Sar } from './sar.ts';
import { Supertrend } from './supertrend.ts';
import { Swma } from './swma.ts';
import { Stdev, Variance } from './variance.ts';
import { AccDist, iii, Nvi, Obv, Pvi, Pvt, Wad, wvad } from './volume-indices.ts';
import { Vwma } from './vwma.ts';
import { Wma } from './wma.ts';

// Reference: the Pine pseudo-code printed in TradingView's v6 reference manual for each function
// ("the same on pine"), transcribed literally below as plain loops over arrays — `at(x, t, i)` is
// `x[i]` on bar t — and run on backtesting.py's GOOG.csv (daily, with volume). The runtime's
// incremental sums and operand orders may differ from these loops in the last bits, so the
// comparison is relative 1e-9.
const FILE = 'backtesting-py/GOOG.csv';
const N = 400;

interface Columns {
  open: number[];
  high: number[];
  low: number[];
  close: number[];
  volume: number[];
  hlc3: number[];
}

function columnsOf(bars: Bars): Columns {
  const take = (a: Float64Array) => Array.from(a.subarray(0, N));
  const high = take(bars.high);
  const low = take(bars.low);
  const closes = take(bars.close);
  return {
    open: take(bars.open),
    high,
    low,
    close: closes,
    volume: take(bars.volume),
    hlc3: closes.map((c, i) => (high[i]! + low[i]! + c) / 3),
  };
}

/** Literal `ta.sma` of the reference: Σ x[i] / y for i = 0 … y − 1. */
const sma = (x: readonly number[], t: number, y: number) => {
  let sum = 0;
  for (let i = 0; i < y; i++) sum += at(x, t, i) / y;
  return sum;
};

/** The built-in EMA family: na until `length` non-na values, SMA seed, then the recursion. */
function smoothed(x: readonly number[], length: number, alpha: number): number[] {
  const out: number[] = [];
  const seen: number[] = [];
  let v = Number.NaN;
  for (const value of x) {
    if (Number.isNaN(value)) {
      out.push(Number.NaN);
      continue;
    }
    seen.push(value);
    if (seen.length === length) v = seen.reduce((a, b) => a + b, 0) / length;
    else if (seen.length > length) v = alpha * value + (1 - alpha) * v;
    out.push(v);
  }
  return out;
}

/** `math.sum` of the newest `length` non-na values up to bar t (na when fewer). */
function sumNonNa(x: readonly number[], t: number, length: number): number {
  let sum = 0;
  let n = 0;
  for (let k = t; k >= 0 && n < length; k--) {
    if (Number.isNaN(x[k]!)) continue;
    sum += x[k]!;
    n++;
  }
  return n === length ? sum : Number.NaN;
}

function expectSeries(ours: readonly number[], expected: readonly number[], from = 0): void {
  let compared = 0;
  expected.forEach((e, t) => {
    if (t < from) return;
    expect(close(ours[t]!, e), `bar ${t}: ${ours[t]} vs ${e}`).toBe(true);
    if (!Number.isNaN(e)) compared++;
  });
  expect(compared).toBeGreaterThan(N / 2);
}

describe.skipIf(!hasReference(FILE))('ta.* vs the reference manual pseudo-code on GOOG.csv', () => {
  const bars = hasReference(FILE) ? loadBars(FILE) : undefined;
  const c = bars ? columnsOf(bars) : ({} as Columns);

  it('ta.alma(close, 9, 0.85, 6) = pine_alma', () => {
    const f = new Alma();
    const ours = c.close.map((x) => f.next(x, 9, 0.85, 6));
    const expected = c.close.map((_, t) => {
      const m = 0.85 * (9 - 1);
      const s = 9 / 6;
      let norm = 0;
      let sum = 0;
      for (let i = 0; i <= 9 - 1; i++) {
        const weight = Math.exp((-1 * (i - m) ** 2) / (2 * s ** 2));
        norm += weight;
        sum += at(c.close, t, 9 - i - 1) * weight;
      }
      return sum / norm;
    });
    expectSeries(ours, expected);
  });

  it('ta.wma(close, 15) = pine_wma', () => {
    const f = new Wma();
    const ours = c.close.map((x) => f.next(x, 15));
    const expected = c.close.map((_, t) => {
      let norm = 0;
      let sum = 0;
      for (let i = 0; i <= 15 - 1; i++) {
        const weight = (15 - i) * 15;
        norm += weight;
        sum += at(c.close, t, i) * weight;
      }
      return sum / norm;
    });
    expectSeries(ours, expected);
  });

  it('ta.swma(close) = pine_swma', () => {
    const f = new Swma();
    const ours = c.close.map((x) => f.next(x));
    const expected = c.close.map(
      (_, t) =>
        (at(c.close, t, 3) * 1) / 6 +
        (at(c.close, t, 2) * 2) / 6 +
        (at(c.close, t, 1) * 2) / 6 +
        (at(c.close, t, 0) * 1) / 6,
    );
    expect(ours).toEqual(expected);
  });

  it('ta.cog(close, 10) = pine_cog', () => {
    const f = new Cog();
    const ours = c.close.map((x) => f.next(x, 10));
    const expected = c.close.map((_, t) => {
      const sum = sumNonNa(c.close, t, 10);
      let num = 0;
      for (let i = 0; i <= 10 - 1; i++) num += at(c.close, t, i) * (i + 1);
      return -num / sum;
    });
    expectSeries(ours, expected);
  });

  it('ta.dev(close, 20) = pine_dev and ta.cci(hlc3, 20) = (src − sma) / (0.015 · dev)', () => {
    const dev = new Dev();
    const cci = new Cci();
    const ours = c.close.map((x) => dev.next(x, 20));
    const oursCci = c.hlc3.map((x) => cci.next(x, 20));
    const pineDev = (x: number[], t: number) => {
      const mean = sma(x, t, 20);
      let sum = 0;
      for (let i = 0; i <= 20 - 1; i++) sum += Math.abs(at(x, t, i) - mean);
      return sum / 20;
    };
    expectSeries(
      ours,
      c.close.map((_, t) => pineDev(c.close, t)),
    );
    expectSeries(
      oursCci,
      c.hlc3.map((x, t) => (x - sma(c.hlc3, t, 20)) / (0.015 * pineDev(c.hlc3, t))),
    );
  });

  it.each([true, false])(
    'ta.stdev / ta.variance(close, 20, biased = %s) = pine_stdev',
    (biased) => {
      const sd = new Stdev();
      const vr = new Variance();
      const ours = c.close.map((x) => sd.next(x, 20, biased));
      const oursVar = c.close.map((x) => vr.next(x, 20, biased));
      const variance = c.close.map((_, t) => {
        const avg = sma(c.close, t, 20);
        let squares = 0;
        for (let i = 0; i <= 20 - 1; i++) {
          let sum = at(c.close, t, i) + -avg;
          if (Math.abs(sum) <= 1e-10) sum = 0;
          squares += sum * sum;
        }
        return squares / (biased ? 20 : 19);
      });
      expectSeries(oursVar, variance);
      expectSeries(ours, variance.map(Math.sqrt));
    },
  );

  it('ta.bbw(close, 5, 4) = f_bbw', () => {
    const f = new Bbw();
    const ours = c.close.map((x) => f.next(x, 5, 4));
    const expected = c.close.map((_, t) => {
      const basis = sma(c.close, t, 5);
      let sq = 0;
      for (let i = 0; i < 5; i++) sq += (at(c.close, t, i) - basis) ** 2;
      const dev = 4 * Math.sqrt(sq / 5);
      return ((basis + dev - (basis - dev)) / basis) * 100;
    });
    expectSeries(ours, expected);
  });

  it.each([0, 3])(
    'ta.linreg(close, 20, %s): intercept + slope · (length − 1 − offset)',
    (offset) => {
      const f = new Linreg();
      const ours = c.close.map((x) => f.next(x, 20, offset));
      // Independent least squares: centred x and y (x = 0 oldest … 19 newest).
      const expected = c.close.map((_, t) => {
        const ys = Array.from({ length: 20 }, (_, x) => at(c.close, t, 19 - x));
        const mx = 9.5;
        const my = ys.reduce((a, b) => a + b, 0) / 20;
        let sxy = 0;
        let sxx = 0;
        ys.forEach((y, x) => {
          sxy += (x - mx) * (y - my);
          sxx += (x - mx) ** 2;
        });
        const slope = sxy / sxx;
        return my - slope * mx + slope * (20 - 1 - offset);
      });
      expectSeries(ours, expected);
    },
  );

  it('ta.cmo(close, 9) = f_cmo (sum1 starts one bar before sum2, as in the Pine code)', () => {
    const f = new Cmo();
    const ours = c.close.map((x) => f.next(x, 9));
    const mom = c.close.map((x, t) => x - at(c.close, t, 1));
    const up = mom.map((m) => (m >= 0 ? m : 0));
    const down = mom.map((m) => (m >= 0 ? 0 : -m));
    const expected = c.close.map((_, t) => {
      const sm1 = sumNonNa(up, t, 9);
      const sm2 = sumNonNa(down, t, 9);
      return (100 * (sm1 - sm2)) / (sm1 + sm2);
    });
    expectSeries(ours, expected);
  });

  it('ta.mfi(hlc3, 14) = pine_mfi', () => {
    let f: Mfi | undefined;
    const ours = runBars(bars!, (b) => (f ??= new Mfi(b)).next(b.hlc3, 14)).slice(0, N);
    const change = c.hlc3.map((x, t) => x - at(c.hlc3, t, 1));
    const upper = c.hlc3.map((x, t) => c.volume[t]! * (change[t]! <= 0 ? 0 : x));
    const lower = c.hlc3.map((x, t) => c.volume[t]! * (change[t]! >= 0 ? 0 : x));
    const expected = c.hlc3.map(
      (_, t) => 100 - 100 / (1 + sumNonNa(upper, t, 14) / sumNonNa(lower, t, 14)),
    );
    expectSeries(ours, expected);
  });

  it('ta.vwma(close, 20) = sma(close · volume) / sma(volume)', () => {
    let f: Vwma | undefined;
    const ours = runBars(bars!, (b) => (f ??= new Vwma(b)).next(b.close, 20)).slice(0, N);
    const pv = c.close.map((x, t) => x * c.volume[t]!);
    expectSeries(
      ours,
      c.close.map((_, t) => sma(pv, t, 20) / sma(c.volume, t, 20)),
    );
  });

  it.each([
    [
      'ta.change / ta.mom',
      () =>
        (
          (f) => (x: number) =>
            f.next(x, 5)
        )(new Change()),
      (t: number) => at(c.close, t, 0) - at(c.close, t, 5),
    ],
    [
      'ta.roc',
      () =>
        (
          (f) => (x: number) =>
            f.next(x, 5)
        )(new Roc()),
      (t: number) => (100 * (at(c.close, t, 0) - at(c.close, t, 5))) / at(c.close, t, 5),
    ],
  ] as const)('%s(close, 5) = source − source[5]', (_name, make, expected) => {
    const step = make();
    const ours = c.close.map(step);
    expect(ours).toEqual(c.close.map((_, t) => expected(t)));
  });

  it('ta.percentrank(close, 10): share of the previous 10 values ≤ the current one', () => {
    const f = new PercentRank();
    const ours = c.close.map((x) => f.next(x, 10));
    const expected = c.close.map((x, t) => {
      if (t < 10) return Number.NaN;
      let n = 0;
      for (let i = 1; i <= 10; i++) if (at(c.close, t, i) <= x) n++;
      return (n / 10) * 100;
    });
    expect(ours).toEqual(expected);
  });

  it('ta.median, ta.mode, ta.percentile_* (close, 10) by sorting each window', () => {
    const med = new Median();
    const mode = new Mode();
    const pnr = new PercentileNearestRank();
    const pli = new PercentileLinearInterpolation();
    c.close.forEach((x, t) => {
      const ours = [med.next(x, 10), mode.next(x, 10), pnr.next(x, 10, 35), pli.next(x, 10, 35)];
      if (t < 9) {
        expect(ours.every(Number.isNaN)).toBe(true);
        return;
      }
      const w = Array.from({ length: 10 }, (_, i) => at(c.close, t, i)).sort((a, b) => a - b);
      const counts = new Map<number, number>();
      for (const v of w) counts.set(v, (counts.get(v) ?? 0) + 1);
      const top = Math.max(...counts.values());
      const modeValue = Math.min(...[...counts].filter(([, k]) => k === top).map(([v]) => v));
      // Nearest rank: ⌈0.35 · 10⌉ = 4th smallest; linear: rank 0.35 · 9 = 3.15.
      const linear = w[3]! + (0.35 * 9 - 3) * (w[4]! - w[3]!);
      expect(ours.slice(0, 3)).toEqual([(w[4]! + w[5]!) / 2, modeValue, w[3]!]);
      expect(close(ours[3]!, linear)).toBe(true);
    });
  });

  it('ta.rci(close, 10) = Spearman ρ × 100 of price ranks against time (windows without ties)', () => {
    const f = new Rci();
    const ours = c.close.map((x) => f.next(x, 10));
    const expected = c.close.map((_, t) => {
      if (t < 9) return Number.NaN;
      const w = Array.from({ length: 10 }, (_, x) => at(c.close, t, 9 - x));
      // Tied windows are skipped here (average ranks are checked by hand in semantics tests).
      const sorted = [...w].sort((a, b) => a - b);
      if (new Set(w).size < w.length) return Number.NaN;
      let d2 = 0;
      w.forEach((v, x) => {
        d2 += (x - sorted.indexOf(v)) ** 2;
      });
      return (1 - (6 * d2) / (10 * 99)) * 100;
    });
    ours.forEach((v, t) => {
      if (t < 9) expect(v).toBeNaN();
      else if (!Number.isNaN(expected[t]!)) expect(close(v, expected[t]!)).toBe(true);
    });
  });

  it('ta.correlation(close, volume, 20) = Pearson r', () => {
    const f = new Correlation();
    const ours = c.close.map((x, t) => f.next(x, c.volume[t]!, 20));
    const expected = c.close.map((_, t) => {
      if (t < 19) return Number.NaN;
      let sx = 0;
      let sy = 0;
      let sxx = 0;
      let syy = 0;
      let sxy = 0;
      for (let i = 0; i < 20; i++) {
        const x = at(c.close, t, i);
        const y = at(c.volume, t, i);
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
      }
      return (20 * sxy - sx * sy) / Math.sqrt((20 * sxx - sx * sx) * (20 * syy - sy * sy));
    });
    // The textbook one-pass formula cancels catastrophically with volumes near 1e7, so r is
    // compared to 1e-7 (absolute; r is in [−1, 1]) instead of 1e-9.
    let compared = 0;
    expected.forEach((e, t) => {
      if (Number.isNaN(e)) {
        expect(ours[t]).toBeNaN();
        return;
      }
      expect(Math.abs(ours[t]! - e)).toBeLessThan(1e-7);
      compared++;
    });
    expect(compared).toBeGreaterThan(300);
  });

  it.each([true, false])(
    'ta.kc / ta.kcw(close, 20, 2, useTrueRange = %s) = f_kc / f_kcw',
    (useTr) => {
      let kc: Kc | undefined;
      let kcw: Kcw | undefined;
      const rows = runBars(bars!, (b) => {
        kc ??= new Kc(b);
        kcw ??= new Kcw(b);
        kc.next(b.close, 20, 2, useTr);
        return [kc.middle, kc.upper, kc.lower, kcw.next(b.close, 20, 2, useTr)] as const;
      }).slice(0, N);
      const tr = c.close.map((_, t) =>
        t === 0
          ? Number.NaN
          : Math.max(
              Math.max(c.high[t]! - c.low[t]!, Math.abs(c.high[t]! - c.close[t - 1]!)),
              Math.abs(c.low[t]! - c.close[t - 1]!),
            ),
      );
      const span = useTr ? tr : c.high.map((h, t) => h - c.low[t]!);
      const basis = smoothed(c.close, 20, 2 / 21);
      const rangeEma = smoothed(span, 20, 2 / 21);
      const upper = basis.map((b, t) => b + rangeEma[t]! * 2);
      const lower = basis.map((b, t) => b - rangeEma[t]! * 2);
      expectSeries(
        rows.map((r) => r[0]),
        basis,
      );
      expectSeries(
        rows.map((r) => r[1]),
        upper,
      );
      expectSeries(
        rows.map((r) => r[2]),
        lower,
      );
      expectSeries(
        rows.map((r) => r[3]),
        basis.map((b, t) => (upper[t]! - lower[t]!) / b),
      );
    },
  );

  it('ta.supertrend(3, 10) = pine_supertrend (series emulated with arrays)', () => {
    let f: Supertrend | undefined;
    const rows = runBars(bars!, (b) => {
      f ??= new Supertrend(b);
      f.next(3, 10);
      return [f.supertrend, f.direction] as const;
    }).slice(0, N);
    // Literal transcription; ATR = RMA(tr(true), 10) with an SMA seed.
    const trTrue = c.close.map((_, t) =>
      t === 0
        ? c.high[0]! - c.low[0]!
        : Math.max(
            Math.max(c.high[t]! - c.low[t]!, Math.abs(c.high[t]! - c.close[t - 1]!)),
            Math.abs(c.low[t]! - c.close[t - 1]!),
          ),
    );
    const atr = smoothed(trTrue, 10, 1 / 10);
    const upperS: number[] = [];
    const lowerS: number[] = [];
    const st: number[] = [];
    const dir: number[] = [];
    const nz = (x: number) => (Number.isNaN(x) ? 0 : x);
    for (let t = 0; t < N; t++) {
      const src = (c.high[t]! + c.low[t]!) / 2;
      let upperBand = src + 3 * atr[t]!;
      let lowerBand = src - 3 * atr[t]!;
      const prevLowerBand = nz(at(lowerS, t, 1));
      const prevUpperBand = nz(at(upperS, t, 1));
      const close1 = at(c.close, t, 1);
      lowerBand = lowerBand > prevLowerBand || close1 < prevLowerBand ? lowerBand : prevLowerBand;
      upperBand = upperBand < prevUpperBand || close1 > prevUpperBand ? upperBand : prevUpperBand;
      let direction: number;
      const prevSuperTrend = at(st, t, 1);
      if (Number.isNaN(at(atr, t, 1))) direction = 1;
      else if (prevSuperTrend === prevUpperBand) direction = c.close[t]! > upperBand ? -1 : 1;
      else direction = c.close[t]! < lowerBand ? 1 : -1;
      upperS.push(upperBand);
      lowerS.push(lowerBand);
      st.push(direction === -1 ? lowerBand : upperBand);
      dir.push(direction);
    }
    expectSeries(
      rows.map((r) => r[0]),
      st,
    );
    expect(rows.map((r) => r[1])).toEqual(dir);
  });

  it('ta.sar(0.02, 0.02, 0.2) = pine_sar', () => {
    let f: Sar | undefined;
    const ours = runBars(bars!, (b) => (f ??= new Sar(b)).next(0.02, 0.02, 0.2)).slice(0, N);
    const [start, inc, max] = [0.02, 0.02, 0.2];
    let result = Number.NaN;
    let maxMin = Number.NaN;
    let acceleration = Number.NaN;
    let isBelow = false;
    const expected: number[] = [];
    for (let t = 0; t < N; t++) {
      const [high, low, close] = [c.high[t]!, c.low[t]!, c.close[t]!];
      let isFirstTrendBar = false;
      if (t === 1) {
        if (close > c.close[0]!) {
          isBelow = true;
          maxMin = high;
          result = c.low[0]!;
        } else {
          isBelow = false;
          maxMin = low;
          result = c.high[0]!;
        }
        isFirstTrendBar = true;
        acceleration = start;
      }
      result = result + acceleration * (maxMin - result);
      if (isBelow) {
        if (result > low) {
          isFirstTrendBar = true;
          isBelow = false;
          result = Math.max(high, maxMin);
          maxMin = low;
          acceleration = start;
        }
      } else if (result < high) {
        isFirstTrendBar = true;
        isBelow = true;
        result = Math.min(low, maxMin);
        maxMin = high;
        acceleration = start;
      }
      if (!isFirstTrendBar) {
        if (isBelow) {
          if (high > maxMin) {
            maxMin = high;
            acceleration = Math.min(acceleration + inc, max);
          }
        } else if (low < maxMin) {
          maxMin = low;
          acceleration = Math.min(acceleration + inc, max);
        }
      }
      if (isBelow) {
        result = Math.min(result, at(c.low, t, 1));
        if (t > 1) result = Math.min(result, at(c.low, t, 2));
      } else {
        result = Math.max(result, at(c.high, t, 1));
        if (t > 1) result = Math.max(result, at(c.high, t, 2));
      }
      expected.push(result);
    }
    expect(ours).toEqual(expected);
    expect(ours[0]).toBeNaN();
    expect(ours[5]).not.toBeNaN();
  });

  it('volume variables: ta.obv, ta.pvt, ta.nvi, ta.pvi, ta.wad, ta.wvad, ta.iii, ta.accdist', () => {
    let fs: { obv: Obv; pvt: Pvt; nvi: Nvi; pvi: Pvi; wad: Wad; acc: AccDist } | undefined;
    const rows = runBars(bars!, (b) => {
      fs ??= {
        obv: new Obv(b),
        pvt: new Pvt(b),
        nvi: new Nvi(b),
        pvi: new Pvi(b),
        wad: new Wad(b),
        acc: new AccDist(b),
      };
      return [
        fs.obv.next(),
        fs.pvt.next(),
        fs.nvi.next(),
        fs.pvi.next(),
        fs.wad.next(),
        wvad(b),
        iii(b),
        fs.acc.next(),
      ];
    }).slice(0, N);
    // Literal f_obv, f_pvt, f_nvi, f_pvi, f_wad, f_wvad; ta.cum skips na and is na before its
    // first value (cum.ts).
    let obv = Number.NaN;
    let pvt = Number.NaN;
    let wad = 0;
    let acc = 0;
    const nvi: number[] = [];
    const pvi: number[] = [];
    const expected = c.close.map((close, t) => {
      const close1 = at(c.close, t, 1);
      const change = close - close1;
      const [high, low, volume] = [c.high[t]!, c.low[t]!, c.volume[t]!];
      const obvTerm = Math.sign(change) * volume;
      if (!Number.isNaN(obvTerm)) obv = Number.isNaN(obv) ? obvTerm : obv + obvTerm;
      const pvtTerm = (change / close1) * volume;
      if (!Number.isNaN(pvtTerm)) pvt = Number.isNaN(pvt) ? pvtTerm : pvt + pvtTerm;
      const index = (past: number[], rising: boolean) => {
        const prev1 = at(past, t, 1);
        const prev = (Number.isNaN(prev1) ? 0 : prev1) === 0 ? 1 : prev1;
        if ((Number.isNaN(close) ? 0 : close) === 0 || (Number.isNaN(close1) ? 0 : close1) === 0)
          return prev;
        const v1 = Number.isNaN(at(c.volume, t, 1)) ? 0 : at(c.volume, t, 1);
        return (rising ? volume > v1 : volume < v1)
          ? prev + ((close - close1) / close1) * prev
          : prev;
      };
      nvi.push(index(nvi, false));
      pvi.push(index(pvi, true));
      const gain =
        change > 0
          ? close - Math.min(low, close1)
          : change < 0
            ? close - Math.max(high, close1)
            : 0;
      if (!Number.isNaN(gain)) wad += gain;
      const accTerm =
        (close === high && close === low) || high === low
          ? 0
          : ((2 * close - low - high) / (high - low)) * volume;
      acc += accTerm;
      return [
        obv,
        pvt,
        nvi[t]!,
        pvi[t]!,
        wad,
        ((close - c.open[t]!) / (high - low)) * volume,
        ((2 * close - high - low) / (high - low)) * volume,
        acc,
      ];
    });
    for (let k = 0; k < 8; k++)
      expectSeries(
        rows.map((r) => r[k]!),
        expected.map((r) => r[k]!),
      );
  });
});

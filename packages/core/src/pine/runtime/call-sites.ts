/**
 * Built-ins that keep state between bars, one instance per call site (TradingView: "a function
 * call inside a conditional structure sees only the bars on which it was called"). The compiler
 * looks a call up by its overload key (`name(type,type)`) first, then by name, creates the instance
 * once with the run's bar state, and calls `next(...)` with the Pine arguments in signature order.
 * Tuple results: `tuple` names the instance fields holding the elements after `next`.
 * @see https://www.tradingview.com/pine-script-docs/language/execution-model/
 */

import type { Bars } from '../../market/bars.ts';
import { MathRandom } from './math/random.ts';
import { MathSum } from './math/sum.ts';
import { Fixnan, FixnanRef } from './na.ts';
import * as output from './output/index.ts';
import type { BarState } from './series/bar-state.ts';
import * as ta from './ta/index.ts';
import { TimeframeChange } from './time/timeframe-change.ts';

export interface CallSite {
  next(...args: never[]): unknown;
}

export interface CallSiteContext {
  readonly bar: BarState;
  readonly bars: Bars;
  readonly outputs: output.ScriptOutputs;
  /** Seed for generators that the script does not seed itself (fixed per run: runs repeat). */
  readonly randomSeed: number;
}

export interface CallSiteSpec {
  readonly create: (ctx: CallSiteContext, resultType: string) => CallSite;
  readonly tuple?: readonly string[];
}

const NUMERIC = new Set(['int', 'float', 'color']);

/** Adapts a class whose `next` takes an implicit OHLC source to the Pine overload without it. */
function withSource<A extends unknown[]>(
  inner: { next(source: number, ...rest: A): number },
  source: (bar: BarState) => number,
  bar: BarState,
): CallSite {
  return { next: (...rest: A) => inner.next(source(bar), ...rest) } as unknown as CallSite;
}

function extreme(
  make: () => { next(source: number, length: number): number; offset: number },
  source: 'high' | 'low',
  bars: boolean,
): { plain: CallSiteSpec; implicit: CallSiteSpec } {
  const read = (
    i: { next(s: number, l: number): number; offset: number },
    s: number,
    l: number,
  ) => {
    const value = i.next(s, l);
    return bars ? i.offset : value;
  };
  return {
    plain: {
      create: () => {
        const inner = make();
        return { next: (s: number, l: number) => read(inner, s, l) } as unknown as CallSite;
      },
    },
    implicit: {
      create: ({ bar }) => {
        const inner = make();
        return { next: (l: number) => read(inner, bar[source], l) } as unknown as CallSite;
      },
    },
  };
}

const highest = extreme(() => new ta.Highest(), 'high', false);
const lowest = extreme(() => new ta.Lowest(), 'low', false);
const highestBars = extreme(() => new ta.Highest(), 'high', true);
const lowestBars = extreme(() => new ta.Lowest(), 'low', true);

const plain = (make: () => CallSite): CallSiteSpec => ({ create: () => make() });
const withBar = (make: (bar: BarState) => CallSite): CallSiteSpec => ({
  create: ({ bar }) => make(bar),
});

/** Plots and other recorded outputs register themselves with the run's output store. */
const recorded = (
  make: new (outputs: output.ScriptOutputs, bar: BarState) => CallSite,
): CallSiteSpec => ({ create: ({ outputs, bar }) => new make(outputs, bar) });

export const CALL_SITES: Readonly<Record<string, CallSiteSpec>> = {
  plot: recorded(output.Plot),
  plotshape: recorded(output.PlotShape),
  plotchar: recorded(output.PlotChar),
  plotarrow: recorded(output.PlotArrow),
  plotcandle: recorded(output.PlotCandle),
  plotbar: recorded(output.PlotBar),
  bgcolor: recorded(output.BgColor),
  barcolor: recorded(output.BarColor),
  fill: recorded(output.Fill),
  hline: recorded(output.HLine),
  alertcondition: recorded(output.AlertCondition),
  'ta.alma': plain(() => new ta.Alma()),
  'ta.atr': withBar((bar) => new ta.Atr(bar)),
  'ta.barssince': plain(() => new ta.BarsSince()),
  'ta.bb': { ...plain(() => new ta.Bb()), tuple: ['middle', 'upper', 'lower'] },
  'ta.bbw': plain(() => new ta.Bbw()),
  'ta.cci': plain(() => new ta.Cci()),
  'ta.change(bool,int)': plain(() => new ta.ChangeValue()),
  'ta.change(string,int)': plain(() => new ta.ChangeValue()),
  'ta.change': plain(() => new ta.Change()),
  'ta.cmo': plain(() => new ta.Cmo()),
  'ta.cog': plain(() => new ta.Cog()),
  'ta.correlation': plain(() => new ta.Correlation()),
  'ta.cross': plain(() => new ta.Cross()),
  'ta.crossover': plain(() => new ta.Crossover()),
  'ta.crossunder': plain(() => new ta.Crossunder()),
  'ta.cum': plain(() => new ta.Cum()),
  'ta.dev': plain(() => new ta.Dev()),
  'ta.dmi': { ...withBar((bar) => new ta.Dmi(bar)), tuple: ['plus', 'minus', 'adx'] },
  'ta.ema': plain(() => new ta.Ema()),
  'ta.falling': plain(() => new ta.Falling()),
  'ta.highest(int)': highest.implicit,
  'ta.highest': highest.plain,
  'ta.highestbars(int)': highestBars.implicit,
  'ta.highestbars': highestBars.plain,
  'ta.hma': plain(() => new ta.Hma()),
  'ta.kc': { ...withBar((bar) => new ta.Kc(bar)), tuple: ['middle', 'upper', 'lower'] },
  'ta.kcw': withBar((bar) => new ta.Kcw(bar)),
  'ta.linreg': plain(() => new ta.Linreg()),
  'ta.lowest(int)': lowest.implicit,
  'ta.lowest': lowest.plain,
  'ta.lowestbars(int)': lowestBars.implicit,
  'ta.lowestbars': lowestBars.plain,
  'ta.macd': { ...plain(() => new ta.Macd()), tuple: ['macd', 'signal', 'hist'] },
  'ta.max': plain(() => new ta.AllTimeMax()),
  'ta.median': plain(() => new ta.Median()),
  'ta.mfi': withBar((bar) => new ta.Mfi(bar)),
  'ta.min': plain(() => new ta.AllTimeMin()),
  'ta.mode': plain(() => new ta.Mode()),
  'ta.mom': plain(() => new ta.Change()),
  'ta.percentile_linear_interpolation': plain(() => new ta.PercentileLinearInterpolation()),
  'ta.percentile_nearest_rank': plain(() => new ta.PercentileNearestRank()),
  'ta.percentrank': plain(() => new ta.PercentRank()),
  'ta.pivothigh(float,float)': {
    create: ({ bar }) => withSource(new ta.PivotHigh(), (b) => b.high, bar),
  },
  'ta.pivothigh': plain(() => new ta.PivotHigh()),
  'ta.pivotlow(float,float)': {
    create: ({ bar }) => withSource(new ta.PivotLow(), (b) => b.low, bar),
  },
  'ta.pivotlow': plain(() => new ta.PivotLow()),
  'ta.pivot_point_levels': withBar((bar) => new ta.PivotPointLevels(bar)),
  'ta.range': plain(() => new ta.Range()),
  'ta.rci': plain(() => new ta.Rci()),
  'ta.rising': plain(() => new ta.Rising()),
  'ta.rma': plain(() => new ta.Rma()),
  'ta.roc': plain(() => new ta.Roc()),
  'ta.rsi': plain(() => new ta.Rsi()),
  'ta.sar': withBar((bar) => new ta.Sar(bar)),
  'ta.sma': plain(() => new ta.Sma()),
  'ta.stdev': plain(() => new ta.Stdev()),
  'ta.stoch': plain(() => new ta.Stoch()),
  'ta.supertrend': {
    ...withBar((bar) => new ta.Supertrend(bar)),
    tuple: ['supertrend', 'direction'],
  },
  'ta.swma': plain(() => new ta.Swma()),
  'ta.tr': withBar(
    (bar) => ({ next: (handleNa: boolean) => ta.trueRange(bar, handleNa) }) as unknown as CallSite,
  ),
  'ta.tsi': plain(() => new ta.Tsi()),
  'ta.valuewhen': {
    create: (_ctx, resultType) =>
      NUMERIC.has(resultType) ? new ta.ValueWhen() : new ta.ValueWhenRef(),
  },
  'ta.variance': plain(() => new ta.Variance()),
  'ta.vwap(float)': {
    create: ({ bar }) => {
      const inner = new ta.Vwap(bar);
      return { next: (source: number) => inner.nextDaily(source) } as unknown as CallSite;
    },
  },
  'ta.vwap(float,bool,float)': {
    ...withBar((bar) => new ta.Vwap(bar)),
    tuple: ['vwap', 'upper', 'lower'],
  },
  'ta.vwap': withBar((bar) => new ta.Vwap(bar)),
  'ta.vwma': withBar((bar) => new ta.Vwma(bar)),
  'ta.wma': plain(() => new ta.Wma()),
  'ta.wpr': withBar((bar) => new ta.Wpr(bar)),
  'timeframe.change': { create: ({ bar, bars }) => new TimeframeChange(bar, bars) },
  'math.sum': plain(() => new MathSum()),
  'math.random': { create: ({ randomSeed }) => new MathRandom(randomSeed) },
  fixnan: {
    create: (_ctx, resultType) => (NUMERIC.has(resultType) ? new Fixnan() : new FixnanRef()),
  },
};

/**
 * Built-in variables computed from the whole bar history (`ta.obv`, `ta.vwap` …): TradingView
 * evaluates them on every bar, so the script updates each one it reads once per bar, first thing.
 */
export const SERIES_VARIABLES: Readonly<Record<string, (bar: BarState) => { next(): number }>> = {
  'ta.accdist': (bar) => new ta.AccDist(bar),
  'ta.iii': (bar) => ({ next: () => ta.iii(bar) }),
  'ta.nvi': (bar) => new ta.Nvi(bar),
  'ta.obv': (bar) => new ta.Obv(bar),
  'ta.pvi': (bar) => new ta.Pvi(bar),
  'ta.pvt': (bar) => new ta.Pvt(bar),
  'ta.tr': (bar) => ({ next: () => ta.trueRange(bar, false) }),
  'ta.vwap': (bar) => {
    const vwap = new ta.Vwap(bar);
    return { next: () => vwap.nextDaily(bar.hlc3) };
  },
  'ta.wad': (bar) => new ta.Wad(bar),
  'ta.wvad': (bar) => ({ next: () => ta.wvad(bar) }),
};

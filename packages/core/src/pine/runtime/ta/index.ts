/** ta.*: one class per stateful function (one instance per call site, `next(...)` once per executed bar). */
export { Alma } from './alma.ts';
export { Atr } from './atr.ts';
export { Bb, Bbw } from './bb.ts';
export { Change, ChangeValue, Roc } from './change.ts';
export { Cmo } from './cmo.ts';
export { Cog } from './cog.ts';
export { Correlation } from './correlation.ts';
export { Cross, Crossover, Crossunder } from './cross.ts';
export { AllTimeMax, AllTimeMin, Cum } from './cum.ts';
export { Cci, Dev } from './dev.ts';
export { Dmi } from './dmi.ts';
export { Ema } from './ema.ts';
export { Highest, HighestBars, Lowest, LowestBars, Range } from './highest.ts';
export { Hma } from './hma.ts';
export { Kc, Kcw } from './kc.ts';
export { Linreg } from './linreg.ts';
export { Macd } from './macd.ts';
export { Mfi } from './mfi.ts';
export { PivotHigh, PivotLow } from './pivot.ts';
export { PivotPointLevels } from './pivot-point-levels.ts';
export {
  Median,
  Mode,
  PercentileLinearInterpolation,
  PercentileNearestRank,
  PercentRank,
  Rci,
} from './rank-stats.ts';
export { Falling, Rising } from './rising.ts';
export { Rma } from './rma.ts';
export { Rsi } from './rsi.ts';
export { Sar } from './sar.ts';
export { Sma } from './sma.ts';
export { Stoch, Wpr } from './stoch.ts';
export { Supertrend } from './supertrend.ts';
export { Swma } from './swma.ts';
export { trueRange } from './tr.ts';
export { Tsi } from './tsi.ts';
export { BarsSince, ValueWhen, ValueWhenRef } from './valuewhen.ts';
export { Stdev, Variance } from './variance.ts';
export { AccDist, iii, Nvi, Obv, Pvi, Pvt, Wad, wvad } from './volume-indices.ts';
export { Vwap } from './vwap.ts';
export { Vwma } from './vwma.ts';
export { Wma } from './wma.ts';

/** `ta.*`: technical-analysis functions and variables of Pine v6. @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.sma */
import { defineFunctions, defineVariables } from './signature.ts';

export const TA_FUNCTIONS = defineFunctions([
  [
    'ta.alma(source: float, length: int, offset: simple float, sigma: simple float, floor: simple bool = false): series float',
    'Arnaud Legoux moving average: Gaussian weights centred at `offset`.',
  ],
  ['ta.atr(length: simple int): series float', 'Average true range, smoothed with RMA.'],
  [
    'ta.barssince(condition: bool): series int',
    'Bars since `condition` was last true (na before the first time).',
  ],
  [
    'ta.bb(series: float, length: int, mult: simple float): series [float, float, float]',
    'Bollinger Bands: [middle, upper, lower].',
  ],
  [
    'ta.bbw(series: float, length: int, mult: simple float): series float',
    'Bollinger Bands width relative to the middle band.',
  ],
  ['ta.cci(source: float, length: int): series float', 'Commodity channel index.'],
  [
    'ta.change(source: int, length: int = 1): series int',
    'Difference between the value and its value `length` bars ago.',
  ],
  [
    'ta.change(source: float, length: int = 1): series float',
    'Difference between the value and its value `length` bars ago.',
  ],
  [
    'ta.change(source: bool, length: int = 1): series bool',
    'True when the value differs from `length` bars ago.',
  ],
  [
    'ta.change(source: string, length: int = 1): series bool',
    'True when the value differs from `length` bars ago.',
  ],
  ['ta.cmo(series: float, length: int): series float', 'Chande momentum oscillator.'],
  ['ta.cog(source: float, length: int): series float', 'Center of gravity.'],
  [
    'ta.correlation(source1: float, source2: float, length: int): series float',
    'Pearson correlation over `length` bars.',
  ],
  [
    'ta.cross(source1: float, source2: float): series bool',
    'True when the two series crossed on this bar.',
  ],
  [
    'ta.crossover(source1: float, source2: float): series bool',
    'True when `source1` crossed above `source2` on this bar.',
  ],
  [
    'ta.crossunder(source1: float, source2: float): series bool',
    'True when `source1` crossed below `source2` on this bar.',
  ],
  ['ta.cum(source: float): series float', 'Running total since the first bar.'],
  ['ta.dev(source: float, length: int): series float', 'Mean absolute deviation from the SMA.'],
  [
    'ta.dmi(diLength: simple int, adxSmoothing: simple int): series [float, float, float]',
    'Directional movement index: [+DI, -DI, ADX].',
  ],
  [
    'ta.ema(source: float, length: simple int): series float',
    'Exponential moving average, alpha = 2 / (length + 1).',
  ],
  [
    'ta.falling(source: float, length: int): series bool',
    'True when the value fell on each of the last `length` bars.',
  ],
  ['ta.highest(source: float, length: int): series float', 'Highest value over `length` bars.'],
  ['ta.highest(length: int): series float', 'Highest `high` over `length` bars.'],
  [
    'ta.highestbars(source: float, length: int): series int',
    'Offset (≤ 0) to the highest value over `length` bars.',
  ],
  [
    'ta.highestbars(length: int): series int',
    'Offset (≤ 0) to the highest `high` over `length` bars.',
  ],
  ['ta.hma(source: float, length: simple int): series float', 'Hull moving average.'],
  [
    'ta.kc(series: float, length: simple int, mult: simple float, useTrueRange: simple bool = true): series [float, float, float]',
    'Keltner Channels: [middle, upper, lower].',
  ],
  [
    'ta.kcw(series: float, length: simple int, mult: simple float, useTrueRange: simple bool = true): series float',
    'Keltner Channels width.',
  ],
  [
    'ta.linreg(source: float, length: int, offset: simple int): series float',
    'Least-squares regression line value, shifted by `offset`.',
  ],
  ['ta.lowest(source: float, length: int): series float', 'Lowest value over `length` bars.'],
  ['ta.lowest(length: int): series float', 'Lowest `low` over `length` bars.'],
  [
    'ta.lowestbars(source: float, length: int): series int',
    'Offset (≤ 0) to the lowest value over `length` bars.',
  ],
  [
    'ta.lowestbars(length: int): series int',
    'Offset (≤ 0) to the lowest `low` over `length` bars.',
  ],
  [
    'ta.macd(source: float, fastlen: simple int, slowlen: simple int, siglen: simple int): series [float, float, float]',
    'MACD: [macd line, signal line, histogram].',
  ],
  ['ta.max(source: float): series float', 'Highest value since the first bar.'],
  ['ta.median(source: float, length: int): series float', 'Median over `length` bars.'],
  ['ta.mfi(series: float, length: int): series float', 'Money flow index.'],
  ['ta.min(source: float): series float', 'Lowest value since the first bar.'],
  ['ta.mode(source: float, length: int): series float', 'Most frequent value over `length` bars.'],
  [
    'ta.mom(source: float, length: int): series float',
    'Momentum: value minus value `length` bars ago.',
  ],
  [
    'ta.percentile_linear_interpolation(source: float, length: int, percentage: simple float): series float',
    'Percentile over `length` bars, interpolated.',
  ],
  [
    'ta.percentile_nearest_rank(source: float, length: int, percentage: simple float): series float',
    'Percentile over `length` bars, nearest rank.',
  ],
  [
    'ta.percentrank(source: float, length: int): series float',
    'Share of the previous `length` values that are ≤ the current one.',
  ],
  [
    'ta.pivot_point_levels(type: string, anchor: bool, developing: simple bool = false): series array<float>',
    'Pivot point levels (Traditional, Fibonacci, …) for the anchored period.',
  ],
  [
    'ta.pivothigh(source: float, leftbars: float, rightbars: float): series float',
    'Pivot high confirmed `rightbars` later, else na.',
  ],
  [
    'ta.pivothigh(leftbars: float, rightbars: float): series float',
    'Pivot high of `high`, confirmed `rightbars` later, else na.',
  ],
  [
    'ta.pivotlow(source: float, leftbars: float, rightbars: float): series float',
    'Pivot low confirmed `rightbars` later, else na.',
  ],
  [
    'ta.pivotlow(leftbars: float, rightbars: float): series float',
    'Pivot low of `low`, confirmed `rightbars` later, else na.',
  ],
  [
    'ta.range(source: float, length: int): series float',
    'Highest minus lowest over `length` bars.',
  ],
  ['ta.rci(source: float, length: simple int): series float', 'Rank correlation index.'],
  [
    'ta.rising(source: float, length: int): series bool',
    'True when the value rose on each of the last `length` bars.',
  ],
  [
    'ta.rma(source: float, length: simple int): series float',
    "Wilder's moving average, alpha = 1 / length, seeded with an SMA.",
  ],
  ['ta.roc(source: float, length: int): series float', 'Rate of change in percent.'],
  [
    'ta.rsi(source: float, length: simple int): series float',
    'Relative strength index (RMA of gains and losses).',
  ],
  [
    'ta.sar(start: simple float, inc: simple float, max: simple float): series float',
    'Parabolic SAR.',
  ],
  ['ta.sma(source: float, length: int): series float', 'Simple moving average over `length` bars.'],
  [
    'ta.stdev(source: float, length: int, biased: bool = true): series float',
    'Standard deviation over `length` bars.',
  ],
  [
    'ta.stoch(source: float, high: float, low: float, length: int): series float',
    'Stochastic %K (unsmoothed).',
  ],
  [
    'ta.supertrend(factor: float, atrPeriod: simple int): series [float, int]',
    'Supertrend: [line, direction (-1 up, 1 down)].',
  ],
  ['ta.swma(source: float): series float', 'Symmetrically weighted moving average over 4 bars.'],
  [
    'ta.tr(handle_na: simple bool): series float',
    'True range; `handle_na` uses high − low on the first bar.',
  ],
  [
    'ta.tsi(source: float, short_length: simple int, long_length: simple int): series float',
    'True strength index, in [-1, 1].',
  ],
  [
    'ta.valuewhen(condition: bool, source: T, occurrence: simple int): series T',
    'Value of `source` when `condition` was true `occurrence` times ago.',
  ],
  [
    'ta.variance(source: float, length: int, biased: bool = true): series float',
    'Variance over `length` bars.',
  ],
  ['ta.vwap(source: float): series float', 'Volume-weighted average price, reset each session.'],
  ['ta.vwap(source: float, anchor: bool): series float', 'VWAP reset when `anchor` is true.'],
  [
    'ta.vwap(source: float, anchor: bool, stdev_mult: float): series [float, float, float]',
    'VWAP with bands: [vwap, upper, lower].',
  ],
  ['ta.vwma(source: float, length: int): series float', 'Volume-weighted moving average.'],
  ['ta.wma(source: float, length: int): series float', 'Linearly weighted moving average.'],
  ['ta.wpr(length: int): series float', 'Williams %R.'],
]);

export const TA_VARIABLES = defineVariables('variable', [
  ['ta.accdist: series float', 'Accumulation/distribution index.'],
  ['ta.iii: series float', 'Intraday intensity index.'],
  ['ta.nvi: series float', 'Negative volume index.'],
  ['ta.obv: series float', 'On-balance volume.'],
  ['ta.pvi: series float', 'Positive volume index.'],
  ['ta.pvt: series float', 'Price-volume trend.'],
  ['ta.tr: series float', 'True range (na on the first bar).'],
  ['ta.vwap: series float', 'Session VWAP of hlc3.'],
  ['ta.wad: series float', 'Williams accumulation/distribution.'],
  ['ta.wvad: series float', 'Williams variable accumulation/distribution.'],
]);

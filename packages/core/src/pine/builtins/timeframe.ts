/** `timeframe.*`: the chart timeframe and timeframe helpers. @see https://www.tradingview.com/pine-script-reference/v6/#var_timeframe.period */
import { defineFunctions, defineVariables } from './signature.ts';

export const TIMEFRAME_FUNCTIONS = defineFunctions([
  [
    'timeframe.change(timeframe: string): series bool',
    'True on the first bar of a new period of `timeframe`.',
  ],
  ['timeframe.from_seconds(seconds: int): string', 'Timeframe string for a number of seconds.'],
  [
    'timeframe.in_seconds(timeframe: string = timeframe.period): int',
    'Length of a timeframe in seconds.',
  ],
]);

export const TIMEFRAME_VARIABLES = defineVariables('variable', [
  ['timeframe.isdaily: simple bool', 'True on daily timeframes.'],
  ['timeframe.isdwm: simple bool', 'True on daily, weekly or monthly timeframes.'],
  ['timeframe.isintraday: simple bool', 'True on intraday timeframes.'],
  ['timeframe.isminutes: simple bool', 'True on minute timeframes.'],
  ['timeframe.ismonthly: simple bool', 'True on monthly timeframes.'],
  ['timeframe.isseconds: simple bool', 'True on second timeframes.'],
  ['timeframe.isticks: simple bool', 'True on tick timeframes.'],
  ['timeframe.isweekly: simple bool', 'True on weekly timeframes.'],
  [
    'timeframe.main_period: simple string',
    'Timeframe of the chart, even inside request.security.',
    { since: 6 },
  ],
  ['timeframe.multiplier: simple int', 'Multiplier of the timeframe (60 for "60", 1 for "1D").'],
  [
    'timeframe.period: simple string',
    'Timeframe string; in v6 it always has a multiplier ("1D", not "D").',
  ],
]);

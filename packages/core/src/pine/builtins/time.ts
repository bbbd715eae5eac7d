/** Time functions and variables: `time`, `time_close`, `timestamp`, calendar parts. @see https://www.tradingview.com/pine-script-reference/v6/#fun_time */
import { defineFunctions, defineVariables, type FunctionRow } from './signature.ts';

const PARTS = [
  'year',
  'month',
  'weekofyear',
  'dayofmonth',
  'dayofweek',
  'hour',
  'minute',
  'second',
];

export const TIME_FUNCTIONS = defineFunctions([
  [
    'time(timeframe: string, session?: string, timezone?: string, bars_back?: int, timeframe_bars_back?: int): series int',
    'Open time of the bar of `timeframe`, na outside `session`.',
  ],
  [
    'time_close(timeframe: string, session?: string, timezone?: string, bars_back?: int, timeframe_bars_back?: int): series int',
    'Close time of the bar of `timeframe`, na outside `session`.',
  ],
  [
    'timestamp(dateString: const string): const int',
    'UNIX ms of a date string such as "2024-01-31 09:30 +0000".',
  ],
  [
    'timestamp(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0): int',
    'UNIX ms of a date in the exchange time zone.',
  ],
  [
    'timestamp(timezone: string, year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0): int',
    'UNIX ms of a date in `timezone`.',
  ],
  ...PARTS.map(
    (p): FunctionRow => [
      `${p}(time: int, timezone: string = syminfo.timezone): int`,
      `The ${p} of a UNIX time in \`timezone\`.`,
    ],
  ),
]);

export const TIME_VARIABLES = defineVariables('variable', [
  ['time: series int', 'Open time of the bar (UNIX ms).'],
  ['time_close: series int', 'Close time of the bar (UNIX ms).'],
  ['time_tradingday: series int', 'Start of the trading day the bar belongs to.'],
  ['timenow: series int', 'Current time.'],
  ['last_bar_time: series int', 'Open time of the last chart bar.'],
  ...PARTS.map((p): readonly [string, string] => [
    `${p}: series int`,
    `The ${p} of the bar open time, exchange time zone.`,
  ]),
]);

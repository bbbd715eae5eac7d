/** Functions outside a namespace group: `na`, `nz`, `fixnan`, casts, `max_bars_back`, `log.*`, `runtime.error`, `ticker.*`. @see https://www.tradingview.com/pine-script-reference/v6/#fun_nz */
import { defineFunctions, type FunctionRow } from './signature.ts';
import { CASTABLE_TYPE_NAMES } from './type-names.ts';

export const MISC_FUNCTIONS = defineFunctions([
  ['na(x: any): bool', 'True when `x` is na.'],
  ['nz(source: T, replacement: T): T', 'Replaces na with `replacement`.'],
  ['nz(source: T): T', 'Replaces na with zero (or false, or an empty color).'],
  ['fixnan(source: T): series T', 'Replaces na with the last non-na value.'],
  ...CASTABLE_TYPE_NAMES.map(
    (t): FunctionRow => [`${t}(x: any): ${t}`, `Converts (or types an na) to ${t}.`],
  ),
  ['max_bars_back(var: any, num: const int): void', 'Reserves history for a variable.'],
  [
    'log.error(message: string, ...args: any): void',
    'Writes an error line to the Pine Logs (str.format placeholders).',
  ],
  ['log.info(message: string, ...args: any): void', 'Writes an info line to the Pine Logs.'],
  ['log.warning(message: string, ...args: any): void', 'Writes a warning line to the Pine Logs.'],
  ['runtime.error(message: string): void', 'Stops the script with an error message.'],
  ['ticker.heikinashi(symbol: string): string', 'Ticker id of Heikin Ashi bars of a symbol.'],
  [
    'ticker.inherit(from_tickerid: string, symbol: string): string',
    'Ticker id of `symbol` with the modifiers of `from_tickerid`.',
  ],
  ['ticker.kagi(symbol: string, reversal: float): string', 'Ticker id of Kagi bars.'],
  [
    'ticker.linebreak(symbol: string, number_of_lines: int): string',
    'Ticker id of Line Break bars.',
  ],
  [
    'ticker.modify(tickerid: string, session?: string, adjustment?: string, backadjustment?: string, settlement_as_close?: string): string',
    'Ticker id with other session or adjustment.',
  ],
  [
    'ticker.new(prefix: string, ticker: string, session?: string, adjustment?: string, backadjustment?: string, settlement_as_close?: string): string',
    'Ticker id from prefix and ticker.',
  ],
  [
    'ticker.pointfigure(symbol: string, source: string, style: string, param: float, reversal: int): string',
    'Ticker id of Point & Figure bars.',
  ],
  ['ticker.range(symbol: string, range: string): string', 'Ticker id of Range bars.'],
  [
    'ticker.renko(symbol: string, style: string, param: float, request_wicks: bool = false, source: string = "Close"): string',
    'Ticker id of Renko bars.',
  ],
  [
    'ticker.standard(symbol: string = syminfo.tickerid): string',
    'Ticker id without chart-type modifiers.',
  ],
]);

/** Bar variables: prices, volume, bar index, `na`. @see https://www.tradingview.com/pine-script-reference/v6/#var_close */
import { defineVariables } from './signature.ts';

export const BAR_VARIABLES = defineVariables('variable', [
  ['open: series float', 'Open price of the bar.'],
  ['high: series float', 'High price of the bar.'],
  ['low: series float', 'Low price of the bar.'],
  ['close: series float', 'Close (current) price of the bar.'],
  ['volume: series float', 'Volume of the bar.'],
  ['hl2: series float', '(high + low) / 2.'],
  ['hlc3: series float', '(high + low + close) / 3.'],
  ['hlcc4: series float', '(high + low + 2 × close) / 4.'],
  ['ohlc4: series float', '(open + high + low + close) / 4.'],
  ['bar_index: series int', 'Index of the bar, 0 for the first.'],
  ['last_bar_index: series int', 'Index of the last chart bar.'],
  ['ask: series float', 'Best ask price (1T timeframe only).', { since: 6 }],
  ['bid: series float', 'Best bid price (1T timeframe only).', { since: 6 }],
  ['na: const na', 'The "not available" value; takes the type its context needs.'],
]);

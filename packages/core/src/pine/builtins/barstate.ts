/** `barstate.*`: where the current bar is in the execution. @see https://www.tradingview.com/pine-script-reference/v6/#var_barstate.isconfirmed */
import { defineVariables } from './signature.ts';

export const BARSTATE_VARIABLES = defineVariables('variable', [
  ['barstate.isconfirmed: series bool', 'True on the last update of a bar (its close).'],
  ['barstate.isfirst: series bool', 'True on the first bar.'],
  ['barstate.ishistory: series bool', 'True on historical bars.'],
  ['barstate.islast: series bool', 'True on the last bar of the chart.'],
  ['barstate.islastconfirmedhistory: series bool', 'True on the last closed historical bar.'],
  ['barstate.isnew: series bool', 'True on the first update of a bar.'],
  ['barstate.isrealtime: series bool', 'True on real-time bars.'],
]);

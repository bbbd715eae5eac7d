/** `session.*`: bar position in the trading session, and session-type constants. @see https://www.tradingview.com/pine-script-reference/v6/#var_session.isfirstbar */
import { defineConstants, defineVariables } from './signature.ts';

export const SESSION_VARIABLES = defineVariables('variable', [
  ['session.isfirstbar: series bool', 'True on the first bar of the session.'],
  ['session.isfirstbar_regular: series bool', 'True on the first bar of the regular session.'],
  ['session.islastbar: series bool', 'True on the last bar of the session.'],
  ['session.islastbar_regular: series bool', 'True on the last bar of the regular session.'],
  ['session.ismarket: series bool', 'True inside regular trading hours.'],
  ['session.ispostmarket: series bool', 'True in the post-market.'],
  ['session.ispremarket: series bool', 'True in the pre-market.'],
]);

export const SESSION_CONSTANTS = defineConstants('session', 'string', [
  ['extended', 'Extended session (with pre- and post-market).'],
  ['regular', 'Regular session only.'],
]);

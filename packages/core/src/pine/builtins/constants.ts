/** Named constants of small namespaces: currency, dayofweek, adjustment, barmerge, order, earnings, dividends, splits. @see https://www.tradingview.com/pine-script-reference/v6/#const_currency.USD */
import { defineConstants } from './signature.ts';

const CURRENCIES =
  'AED ARS AUD BDT BHD BRL BTC CAD CHF CLP CNY COP CZK DKK EGP ETH EUR GBP HKD HUF IDR ILS INR ISK JPY KES KRW KWD LKR MAD MXN MYR NGN NOK NONE NZD PEN PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TND TRY TWD USD USDT VES VND ZAR';

export const MISC_CONSTANTS = [
  ...defineConstants(
    'currency',
    'string',
    CURRENCIES.split(' ').map(
      (c) => [c, c === 'NONE' ? 'No currency.' : `Currency code ${c}.`] as const,
    ),
  ),
  ...defineConstants('dayofweek', 'int', [
    ['sunday', 'Day 1.'],
    ['monday', 'Day 2.'],
    ['tuesday', 'Day 3.'],
    ['wednesday', 'Day 4.'],
    ['thursday', 'Day 5.'],
    ['friday', 'Day 6.'],
    ['saturday', 'Day 7.'],
  ]),
  ...defineConstants('adjustment', 'string', [
    ['dividends', 'Prices adjusted for dividends.'],
    ['none', 'Unadjusted prices.'],
    ['splits', 'Prices adjusted for splits.'],
  ]),
  ...defineConstants('backadjustment', 'string', [
    ['inherit', 'As the chart.'],
    ['off', 'No back-adjustment.'],
    ['on', 'Back-adjusted futures.'],
  ]),
  ...defineConstants('settlement_as_close', 'string', [
    ['inherit', 'As the chart.'],
    ['off', 'Last price as close.'],
    ['on', 'Settlement as close.'],
  ]),
  ...defineConstants('barmerge', 'barmerge_gaps', [
    ['gaps_off', 'Repeat the last value between higher-timeframe bars.'],
    ['gaps_on', 'na between higher-timeframe bars.'],
  ]),
  ...defineConstants('barmerge', 'barmerge_lookahead', [
    ['lookahead_off', 'Values of confirmed bars only.'],
    ['lookahead_on', 'Values of the whole period (looks ahead on history).'],
  ]),
  ...defineConstants('order', 'int', [
    ['ascending', 'Smallest first.'],
    ['descending', 'Largest first.'],
  ]),
  ...defineConstants('earnings', 'string', [
    ['actual', 'Reported value.'],
    ['estimate', 'Estimated value.'],
    ['standardized', 'Standardized value.'],
  ]),
  ...defineConstants('dividends', 'string', [
    ['gross', 'Before tax.'],
    ['net', 'After tax.'],
  ]),
  ...defineConstants('splits', 'string', [
    ['denominator', 'Denominator of the split.'],
    ['numerator', 'Numerator of the split.'],
  ]),
];

/** `request.*`: data from other symbols, timeframes and sources. @see https://www.tradingview.com/pine-script-reference/v6/#fun_request.security */
import { defineFunctions } from './signature.ts';

const COMMON = 'ignore_invalid_symbol: bool = false, currency: string = syminfo.currency';

export const REQUEST_FUNCTIONS = defineFunctions([
  [
    'request.currency_rate(from: string, to: string, ignore_invalid_currency: bool = false): series float',
    'Daily conversion rate between two currencies.',
  ],
  [
    `request.dividends(ticker: string, field: string = dividends.gross, gaps: barmerge_gaps = barmerge.gaps_off, lookahead: barmerge_lookahead = barmerge.lookahead_off, ${COMMON}): series float`,
    'Dividend data of a symbol.',
  ],
  [
    `request.earnings(ticker: string, field: string = earnings.actual, gaps: barmerge_gaps = barmerge.gaps_off, lookahead: barmerge_lookahead = barmerge.lookahead_off, ${COMMON}): series float`,
    'Earnings data of a symbol.',
  ],
  [
    'request.economic(country_code: string, field: string, gaps: barmerge_gaps = barmerge.gaps_off, ignore_invalid_symbol: bool = false): series float',
    'Economic indicator of a country.',
  ],
  [
    `request.financial(symbol: string, financial_id: string, period: string, gaps: barmerge_gaps = barmerge.gaps_off, ${COMMON}): series float`,
    'Financial metric of a company.',
  ],
  [
    'request.footprint(ticks_per_row: simple int, va_percent: float = 70, imbalance_percent: float = 300): series any',
    'Volume footprint of the bar.',
    { since: 6 },
  ],
  [
    'request.quandl(ticker: string, gaps: barmerge_gaps = barmerge.gaps_off, index: int, ignore_invalid_symbol: bool = false): series float',
    'Nasdaq Data Link series (deprecated).',
  ],
  [
    'request.security(symbol: string, timeframe: string, expression: T, gaps: barmerge_gaps = barmerge.gaps_off, lookahead: barmerge_lookahead = barmerge.lookahead_off, ignore_invalid_symbol: bool = false, currency: string = syminfo.currency, calc_bars_count?: int): series T',
    'Evaluates `expression` on another symbol or timeframe.',
  ],
  [
    'request.security_lower_tf(symbol: string, timeframe: string, expression: T, ignore_invalid_symbol: bool = false, currency: string = syminfo.currency, ignore_invalid_timeframe: bool = false, calc_bars_count?: int): series array<T>',
    'Array of `expression` values from the lower-timeframe bars inside this bar.',
  ],
  [
    'request.seed(source: string, symbol: string, expression: T, ignore_invalid_symbol: bool = false, calc_bars_count?: int): series T',
    'Data from a Pine Seeds repository.',
  ],
  [
    `request.splits(ticker: string, field: string, gaps: barmerge_gaps = barmerge.gaps_off, lookahead: barmerge_lookahead = barmerge.lookahead_off, ${COMMON}): series float`,
    'Split data of a symbol.',
  ],
]);

/**
 * `syminfo.*`: properties of the chart symbol from market's SymbolInfo, as a per-run object of
 * getters keyed by Pine names (runtime convention, shape 2). Fields SymbolInfo does not carry
 * take TradingView's values for a symbol without that data: na for numbers, "" for text.
 * The v6 functions `syminfo.prefix(symbol)` and `syminfo.ticker(symbol)` are `syminfoFunctions`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_syminfo.tickerid
 */
import { type SymbolInfo, tickerId } from '../../../market/symbol-info.ts';

const NA = Number.NaN;

export class SyminfoVariables {
  constructor(private readonly info: SymbolInfo) {}

  get ticker(): string {
    return this.info.ticker;
  }
  get tickerid(): string {
    return tickerId(this.info);
  }
  get main_tickerid(): string {
    return tickerId(this.info);
  }
  get prefix(): string {
    return this.info.exchange;
  }
  /** The ticker without a futures contract suffix: "ES" for "ESZ2024" or "ES1!". */
  get root(): string {
    return /^(.+?)(?:[FGHJKMNQUVXZ]\d{2,4}|\d+!)$/.exec(this.info.ticker)?.[1] ?? this.info.ticker;
  }
  get current_contract(): string {
    return this.info.ticker;
  }
  get description(): string {
    return this.info.ticker;
  }
  get timezone(): string {
    return this.info.timezone;
  }
  /** Barwise's sessions are the symbol's regular session. */
  get session(): string {
    return 'regular';
  }
  get currency(): string {
    return this.info.currency;
  }
  /** The base of a pair whose ticker ends with the quote currency ("BTC" in "BTCUSDT"), else "". */
  get basecurrency(): string {
    const { ticker, currency } = this.info;
    return ticker.endsWith(currency) && ticker.length > currency.length
      ? ticker.slice(0, -currency.length)
      : '';
  }
  get mintick(): number {
    return this.info.mintick;
  }
  get pointvalue(): number {
    return this.info.pointValue;
  }
  get mincontract(): number {
    return this.info.lotSize;
  }
  /** mintick = minmove / pricescale, with pricescale the power of ten that makes minmove whole. */
  get pricescale(): number {
    return tickScale(this.info.mintick).pricescale;
  }
  get minmove(): number {
    return tickScale(this.info.mintick).minmove;
  }
  get type(): string {
    return '';
  }
  get volumetype(): string {
    return 'base';
  }
  get country(): string {
    return '';
  }
  get industry(): string {
    return '';
  }
  get sector(): string {
    return '';
  }
  get isin(): string {
    return '';
  }
  get expiration_date(): number {
    return NA;
  }
  get employees(): number {
    return NA;
  }
  get shareholders(): number {
    return NA;
  }
  get shares_outstanding_float(): number {
    return NA;
  }
  get shares_outstanding_total(): number {
    return NA;
  }
  get recommendations_buy(): number {
    return NA;
  }
  get recommendations_buy_strong(): number {
    return NA;
  }
  get recommendations_date(): number {
    return NA;
  }
  get recommendations_hold(): number {
    return NA;
  }
  get recommendations_sell(): number {
    return NA;
  }
  get recommendations_sell_strong(): number {
    return NA;
  }
  get recommendations_total(): number {
    return NA;
  }
  get target_price_average(): number {
    return NA;
  }
  get target_price_date(): number {
    return NA;
  }
  get target_price_estimates(): number {
    return NA;
  }
  get target_price_high(): number {
    return NA;
  }
  get target_price_low(): number {
    return NA;
  }
  get target_price_median(): number {
    return NA;
  }
}

/** 0.01 → 1/100, 0.25 → 25/100, 5 → 5/1. */
export function tickScale(mintick: number): { minmove: number; pricescale: number } {
  let pricescale = 1;
  while (
    Math.abs(Math.round(mintick * pricescale) - mintick * pricescale) > 1e-9 &&
    pricescale < 1e15
  ) {
    pricescale *= 10;
  }
  return { minmove: Math.round(mintick * pricescale), pricescale };
}

/**
 * `syminfo.prefix("NASDAQ:AAPL")` is "NASDAQ", `syminfo.ticker("NASDAQ:AAPL")` is "AAPL"; a symbol
 * without a prefix has prefix "".
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_syminfo.prefix
 */
export const syminfoFunctions = {
  prefix(symbol: string | null): string | null {
    if (symbol === null) return null;
    const at = symbol.indexOf(':');
    return at < 0 ? '' : symbol.slice(0, at);
  },
  ticker(symbol: string | null): string | null {
    if (symbol === null) return null;
    return symbol.slice(symbol.indexOf(':') + 1);
  },
};

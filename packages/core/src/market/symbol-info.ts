/** What Barwise knows about an instrument: the fields Pine exposes as `syminfo.*`. */

export interface SymbolInfo {
  /** Ticker without exchange prefix, e.g. `GOOG`, `BTCUSDT` (`syminfo.ticker`). */
  readonly ticker: string;
  /** Exchange or source prefix, e.g. `NASDAQ`, `BINANCE`; empty when unknown (`syminfo.prefix`). */
  readonly exchange: string;
  /** IANA time zone of the exchange (`syminfo.timezone`). */
  readonly timezone: string;
  /** Trading session in TradingView notation, e.g. `24x7` or `0930-1600:23456` (`syminfo.session`). */
  readonly session: string;
  /** Smallest price step (`syminfo.mintick`); fills and stop/limit levels round to it. */
  readonly mintick: number;
  /** Currency value of one point of price move per contract (`syminfo.pointvalue`). */
  readonly pointValue: number;
  /** Smallest tradable quantity step. */
  readonly lotSize: number;
  /** Quote currency (`syminfo.currency`). */
  readonly currency: string;
}

export const DEFAULT_SYMBOL_INFO: Omit<SymbolInfo, 'ticker'> = {
  exchange: '',
  timezone: 'UTC',
  session: '24x7',
  mintick: 0.01,
  pointValue: 1,
  lotSize: 1,
  currency: 'USD',
};

export function symbolInfo(ticker: string, overrides: Partial<SymbolInfo> = {}): SymbolInfo {
  return { ...DEFAULT_SYMBOL_INFO, ticker, ...overrides };
}

/** `EXCHANGE:TICKER` as TradingView writes it (`syminfo.tickerid`). */
export function tickerId(info: SymbolInfo): string {
  return info.exchange ? `${info.exchange}:${info.ticker}` : info.ticker;
}

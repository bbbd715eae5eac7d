/** 24-hour ticker statistics of every market of a type, as the universe selection needs them. */

export interface TickerSnapshot {
  /** Dataset ticker (`BTCUSDT`, `BTCUSDT.P`). */
  readonly ticker: string;
  /** The provider's own name (`BTC/USDT`). */
  readonly providerSymbol: string;
  readonly base: string;
  readonly quote: string;
  readonly active: boolean;
  /** Traded value over 24 hours in the quote currency. */
  readonly quoteVolume: number;
  /** Price change over 24 hours, percent. */
  readonly changePercent: number;
}

export interface TickerSource {
  readonly source: string;
  tickers(kind: 'spot' | 'swap'): Promise<TickerSnapshot[]>;
}

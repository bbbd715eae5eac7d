/**
 * Bars, markets and tickers of any exchange ccxt supports (spot, perpetual and dated futures):
 * OHLCV paged with `since`/`limit` at the exchange's own maximum page size (ccxt `features`),
 * requests spaced by ccxt's rate limiter (the exchange's `rateLimit`), transient failures (network
 * errors, HTTP 429 and 5xx: ccxt's OperationFailed family) retried with backoff.
 *
 * Tickers are TradingView-like: the exchange's market id (`BTCUSDT`), with `.P` for perpetual
 * swaps (`BTCUSDT.P`); a ccxt unified symbol (`BTC/USDT`, `BTC/USDT:USDT`) is accepted as well.
 * @see https://docs.ccxt.com/#/README?id=ohlcv-candlestick-charts
 * @see https://docs.ccxt.com/#/README?id=error-hierarchy
 */
import {
  allocateColumns,
  type Bars,
  createBars,
  formatTimeframe,
  parseTimeframe,
  type SymbolInfo,
  type Timeframe,
  timeframeMs,
} from '@barwise/core';
import ccxt, { type Exchange, type MarketInterface as Market } from 'ccxt';
import type { BarRange, Instrument, MarketDataProvider } from './market-data-provider.ts';
import { ProviderError } from './market-data-provider.ts';
import { DEFAULT_RETRY, type RetryPolicy, withRetries } from './retry.ts';
import type { TickerSnapshot, TickerSource } from './ticker-source.ts';

export interface CcxtProviderOptions {
  /** ccxt exchange id: `binance`, `bybit`, `okx` … */
  readonly exchange: string;
  /**
   * Replaces the scheme and host of every `urls.api` entry (paths kept): a local imitation of the
   * exchange in tests, or a proxy. `undefined` talks to the exchange itself.
   */
  readonly baseUrl?: string | undefined;
  /** Milliseconds between requests instead of the exchange's own `rateLimit` (tests, benchmarks). */
  readonly rateLimitMs?: number | undefined;
  readonly retry?: RetryPolicy | undefined;
  /** Waits between retries; tests pass one that does not wait. */
  readonly sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** Extra ccxt constructor options (merged into `options`). */
  readonly ccxtOptions?: Record<string, unknown> | undefined;
}

/** Page size when the exchange does not state its maximum in ccxt's `features`. */
const FALLBACK_PAGE = 500;

export class CcxtProvider implements MarketDataProvider, TickerSource {
  readonly source: string;
  private readonly exchange: Exchange;
  private readonly retry: RetryPolicy;
  private marketsLoaded: Promise<unknown> | undefined;

  constructor(private readonly options: CcxtProviderOptions) {
    const id = options.exchange.toLowerCase();
    const classes = ccxt as unknown as Record<string, new (config: object) => Exchange>;
    const Class = ccxt.exchanges.includes(id) ? classes[id] : undefined;
    if (!Class)
      throw new ProviderError(
        `unknown exchange "${options.exchange}" (ccxt knows ${ccxt.exchanges.length}, e.g. binance, bybit, okx)`,
      );
    this.source = id;
    this.exchange = new Class({
      enableRateLimit: true,
      ...(options.rateLimitMs === undefined ? {} : { rateLimit: options.rateLimitMs }),
      options: { ...options.ccxtOptions },
    });
    if (options.baseUrl) {
      const urls = this.exchange.urls as { api?: unknown };
      urls.api = rebase(urls.api, options.baseUrl.replace(/\/+$/, ''));
    }
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  async describe(name: string): Promise<Instrument> {
    await this.loadMarkets();
    const market = this.findMarket(name);
    return {
      symbol: symbolOf(this.source, market, this.exchange.precisionMode),
      providerSymbol: market.symbol,
      timeframes: Object.keys(this.exchange.timeframes ?? {}).flatMap((key) => {
        try {
          return [parseTimeframe(key)];
        } catch {
          return [];
        }
      }),
    };
  }

  async *pages(
    instrument: Instrument,
    timeframe: Timeframe,
    range: BarRange,
    signal?: AbortSignal,
  ): AsyncIterable<Bars> {
    await this.loadMarkets();
    const market = this.findMarket(instrument.providerSymbol);
    const interval = this.intervalOf(timeframe);
    const limit = this.pageSize(market);
    let since = range.from;
    while (since < range.to) {
      const rows = await this.call(
        `fetchOHLCV ${market.symbol} ${interval}`,
        () => this.exchange.fetchOHLCV(market.symbol, interval, since, limit),
        signal,
      );
      const page = pageOf(instrument.symbol, timeframe, rows, since, range.to);
      if (page.length === 0) return;
      yield page;
      // The next bar opens at least one bar length later: no request for the range's end.
      since = page.time[page.length - 1]! + minimumBarSpacing(timeframe);
    }
  }

  async tickers(kind: 'spot' | 'swap'): Promise<TickerSnapshot[]> {
    await this.loadMarkets();
    const tickers = await this.call(`fetchTickers ${kind}`, () =>
      this.exchange.fetchTickers(undefined, { type: kind }),
    );
    const snapshots: TickerSnapshot[] = [];
    for (const ticker of Object.values(tickers)) {
      const market = ticker.symbol
        ? (this.exchange.markets?.[ticker.symbol] as Market | undefined)
        : undefined;
      if (!market || (kind === 'swap' ? !market.swap : !market.spot)) continue;
      snapshots.push({
        ticker: tickerOf(market),
        providerSymbol: market.symbol,
        base: market.base,
        quote: market.quote,
        active: market.active !== false,
        quoteVolume: ticker.quoteVolume ?? (ticker.baseVolume ?? 0) * (ticker.last ?? 0),
        changePercent: ticker.percentage ?? 0,
      });
    }
    return snapshots;
  }

  private loadMarkets(): Promise<unknown> {
    this.marketsLoaded ??= this.call('loadMarkets', () => this.exchange.loadMarkets()).catch(
      (error: unknown) => {
        this.marketsLoaded = undefined;
        throw error;
      },
    );
    return this.marketsLoaded;
  }

  private findMarket(name: string): Market {
    const direct = this.exchange.markets?.[name] as Market | undefined;
    if (direct) return direct;
    const perpetual = name.endsWith('.P');
    const id = perpetual ? name.slice(0, -2) : name;
    const byId = (this.exchange.markets_by_id?.[id] ?? []) as Market[];
    const market = perpetual ? byId.find((m) => m.swap) : (byId.find((m) => m.spot) ?? byId[0]);
    if (!market)
      throw new ProviderError(
        `${this.source} has no market "${name}" (give a ccxt symbol such as BTC/USDT or BTC/USDT:USDT, or the exchange's id such as BTCUSDT, with .P for a perpetual)`,
      );
    return market;
  }

  private intervalOf(timeframe: Timeframe): string {
    const wanted = formatTimeframe(timeframe);
    for (const key of Object.keys(this.exchange.timeframes ?? {})) {
      try {
        if (formatTimeframe(parseTimeframe(key)) === wanted) return key;
      } catch {}
    }
    throw new ProviderError(`${this.source} has no ${wanted} bars`);
  }

  /** The exchange's largest OHLCV page for the market type, as ccxt's `features` states it. */
  private pageSize(market: Market): number {
    const features = this.exchange.features as Record<string, Record<string, unknown> | undefined>;
    const type = market.type ?? 'spot';
    const sub = market.linear ? 'linear' : market.inverse ? 'inverse' : undefined;
    const block = features?.[type];
    const scoped = (sub && (block?.[sub] as Record<string, unknown> | undefined)) || block;
    const limit = (scoped?.fetchOHLCV as { limit?: number } | undefined)?.limit;
    return typeof limit === 'number' && limit > 0 ? limit : FALLBACK_PAGE;
  }

  private async call<T>(what: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await withRetries(work, this.retry, {
        retryable: (error) => error instanceof ccxt.OperationFailed,
        signal,
        ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
      });
    } catch (error) {
      if (error instanceof ccxt.BadSymbol)
        throw new ProviderError(`${this.source} ${what}: unknown symbol (${firstLine(error)})`);
      if (error instanceof ccxt.OperationFailed)
        throw new ProviderError(
          `${this.source} ${what} failed after ${this.retry.attempts} attempts: ${firstLine(error)}`,
        );
      if (error instanceof ccxt.BaseError)
        throw new ProviderError(`${this.source} ${what}: ${firstLine(error)}`);
      throw error;
    }
  }
}

const HOUR = 3_600_000;

/** The shortest time between two bar opens (a D bar may be 23 h long across a DST change). */
function minimumBarSpacing(timeframe: Timeframe): number {
  const n = timeframe.multiplier;
  if (timeframe.unit === 'day') return n * 23 * HOUR;
  if (timeframe.unit === 'week') return n * 7 * 24 * HOUR - HOUR;
  if (timeframe.unit === 'month') return n * 28 * 24 * HOUR;
  return timeframeMs(timeframe);
}

/** The dataset ticker of a market: exchange id, `.P` for perpetual swaps (TradingView's notation). */
export function tickerOf(market: Market): string {
  return `${market.id}${market.swap ? '.P' : ''}`;
}

function symbolOf(source: string, market: Market, precisionMode: number | undefined): SymbolInfo {
  const step = (value: number | undefined, fallback: number) => {
    if (value === undefined || !(value > 0)) return fallback;
    // DECIMAL_PLACES markets give a count of decimals; TICK_SIZE markets the step itself.
    return precisionMode === ccxt.DECIMAL_PLACES ? 10 ** -value : value;
  };
  return {
    ticker: tickerOf(market),
    exchange: source.toUpperCase(),
    // Crypto exchanges trade around the clock and stamp bars in UTC.
    timezone: 'UTC',
    session: '24x7',
    mintick: step(market.precision?.price, 0.01),
    // A linear contract of size k moves k quote units per point; spot is 1. Inverse contracts
    // have no constant point value in the quote currency (their contract size is in the quote).
    pointValue: market.contract && market.linear ? (market.contractSize ?? 1) : 1,
    lotSize: step(market.precision?.amount, 1),
    currency: market.quote,
  };
}

/** Rows with since ≤ time < to, strictly increasing (anything else from the exchange is dropped). */
function pageOf(
  symbol: SymbolInfo,
  timeframe: Timeframe,
  rows: readonly (readonly (number | undefined)[])[],
  since: number,
  to: number,
): Bars {
  const columns = allocateColumns(rows.length);
  let n = 0;
  let previous = since - 1;
  for (const row of rows) {
    const t = row[0];
    if (t === undefined || t <= previous || t < since || t >= to) continue;
    columns.time[n] = t;
    columns.open[n] = row[1] ?? Number.NaN;
    columns.high[n] = row[2] ?? Number.NaN;
    columns.low[n] = row[3] ?? Number.NaN;
    columns.close[n] = row[4] ?? Number.NaN;
    columns.volume[n] = row[5] ?? 0;
    previous = t;
    n++;
  }
  const cut = (c: Float64Array) => c.slice(0, n);
  return createBars(symbol, timeframe, {
    time: cut(columns.time),
    open: cut(columns.open),
    high: cut(columns.high),
    low: cut(columns.low),
    close: cut(columns.close),
    volume: cut(columns.volume),
  });
}

/** Every URL string in ccxt's `urls.api` (a string or nested dictionary) moved to `base`. */
function rebase(api: unknown, base: string): unknown {
  if (typeof api === 'string') return api.replace(/^[a-z]+:\/\/[^/]+/i, base);
  if (api && typeof api === 'object')
    return Object.fromEntries(Object.entries(api).map(([k, v]) => [k, rebase(v, base)]));
  return api;
}

function firstLine(error: Error): string {
  const line = error.message.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

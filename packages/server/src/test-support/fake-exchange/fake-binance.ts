/**
 * A local imitation of Binance's public REST market-data endpoints (spot `/api/v3`, USDⓈ-M futures
 * `/fapi/v1`), on 127.0.0.1 and a random free port, so tests run the real ccxt client without the
 * network. It serves exchangeInfo, ticker/24hr and klines in Binance's documented shapes, with
 * scripted faults (HTTP 429/500, dropped connections) and a request log.
 * @see https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
 * @see https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Bars, lowerBound } from '@barwise/core';
import { aggregateKlines, INTERVAL_MS, type KlineRow } from './fake-klines.ts';

export interface FakeMarket {
  /** Exchange id, e.g. `BTCUSDT`. */
  readonly id: string;
  readonly base: string;
  readonly quote: string;
  readonly kind: 'spot' | 'perpetual';
  readonly tickSize: string;
  readonly stepSize: string;
  /** One-minute bars the klines are built from (times on the minute grid, UTC). */
  readonly minutes: Bars;
  /** 24 h quote volume reported by ticker/24hr (default: from the last 1,440 minutes). */
  readonly quoteVolume?: number;
}

export type Fault = '429' | '500' | 'drop';

export interface FakeBinanceOptions {
  readonly markets: readonly FakeMarket[];
  /** The exchange's clock: klines opening after it do not exist yet; the one containing it is open. */
  readonly now?: () => number;
  /** Faults for the n-th klines request (0-based), answered instead of data. */
  readonly faults?: Readonly<Record<number, Fault>>;
}

export interface RequestLogEntry {
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number | 'dropped';
  /** Wall-clock arrival, ms. */
  readonly at: number;
}

export const MAX_KLINES_LIMIT = 1000;

export class FakeBinance {
  readonly requests: RequestLogEntry[] = [];
  private server: Server | undefined;
  private klineRequests = 0;
  private readonly cache = new Map<string, KlineRow[]>();

  constructor(private readonly options: FakeBinanceOptions) {}

  /** Origin of the server, e.g. `http://127.0.0.1:41234`. */
  url = '';

  async start(): Promise<this> {
    const server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The klines requests in the log. */
  klineLog(): RequestLogEntry[] {
    return this.requests.filter((r) => r.path.endsWith('/klines'));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const log = (status: number | 'dropped') =>
      this.requests.push({ path: url.pathname, query, status, at: Date.now() });
    const send = (status: number, body: unknown) => {
      log(status);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const spot = url.pathname.startsWith('/api/v3/');
    const futures = url.pathname.startsWith('/fapi/v1/');
    const endpoint = url.pathname.replace(/^\/(api\/v3|fapi\/v1)\//, '');
    const markets = this.options.markets.filter(
      (m) => (spot && m.kind === 'spot') || (futures && m.kind === 'perpetual'),
    );
    // Coin-margined futures exist for ccxt's default loadMarkets; the fake lists none.
    if (url.pathname === '/dapi/v1/exchangeInfo')
      return send(200, exchangeInfo([], this.now(), true));
    if (!spot && !futures) return send(404, { code: -1, msg: 'not found' });
    if (endpoint === 'exchangeInfo') return send(200, exchangeInfo(markets, this.now(), futures));
    if (endpoint === 'ticker/24hr')
      return send(
        200,
        markets.map((m) => this.ticker(m, spot)),
      );
    if (endpoint !== 'klines') return send(404, { code: -1, msg: 'not found' });
    const fault = this.options.faults?.[this.klineRequests++];
    if (fault === 'drop') {
      log('dropped');
      req.socket.destroy();
      return;
    }
    if (fault === '429') return send(429, { code: -1003, msg: 'Too many requests; fake fault.' });
    if (fault) return send(500, { code: -1001, msg: 'Internal error; fake fault.' });
    const market = markets.find((m) => m.id === query.symbol);
    if (!market) return send(400, { code: -1121, msg: 'Invalid symbol.' });
    const limit = query.limit === undefined ? 500 : Number(query.limit);
    if (!(limit >= 1 && limit <= MAX_KLINES_LIMIT))
      return send(400, { code: -1130, msg: `Invalid limit: ${query.limit}` });
    const interval = query.interval ?? '';
    if (INTERVAL_MS[interval] === undefined)
      return send(400, { code: -1120, msg: 'Invalid interval.' });
    send(200, this.klines(market, interval, query, limit));
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Binance: ascending klines with startTime ≤ openTime ≤ endTime, the latest `limit` without startTime. */
  private klines(
    market: FakeMarket,
    interval: string,
    query: Record<string, string>,
    limit: number,
  ): KlineRow[] {
    const key = `${market.kind}:${market.id}:${interval}`;
    let all = this.cache.get(key);
    if (!all) {
      all = aggregateKlines(market.minutes, interval);
      this.cache.set(key, all);
    }
    const times = Float64Array.from(all, (r) => r[0]);
    const end = lowerBound(times, Math.min(Number(query.endTime ?? Infinity), this.now()) + 1);
    if (query.startTime !== undefined) {
      const start = lowerBound(times, Number(query.startTime));
      return all.slice(start, Math.min(end, start + limit));
    }
    return all.slice(Math.max(0, end - limit), end);
  }

  /** Spot tickers carry the book fields (bidQty …) that futures tickers lack; ccxt tells them apart by those. */
  private ticker(market: FakeMarket, spot: boolean) {
    const bars = market.minutes;
    const last = bars.length - 1;
    const first = Math.max(0, bars.length - 1440);
    let volume = 0;
    let quoteVolume = 0;
    for (let i = first; i <= last; i++) {
      volume += bars.volume[i]!;
      quoteVolume += bars.volume[i]! * bars.close[i]!;
    }
    const open = bars.open[first] ?? 0;
    const close = bars.close[last] ?? 0;
    return {
      symbol: market.id,
      priceChange: String(close - open),
      priceChangePercent: String(open ? ((close - open) / open) * 100 : 0),
      weightedAvgPrice: String(close),
      lastPrice: String(close),
      openPrice: String(open),
      highPrice: String(close),
      lowPrice: String(close),
      volume: String(volume),
      quoteVolume: String(market.quoteVolume ?? quoteVolume),
      openTime: bars.time[first] ?? 0,
      closeTime: (bars.time[last] ?? 0) + 59_999,
      firstId: 1,
      lastId: 2,
      count: 2,
      ...(spot
        ? {
            prevClosePrice: String(open),
            bidPrice: String(close),
            bidQty: '1',
            askPrice: String(close),
            askQty: '1',
            lastQty: '1',
          }
        : {}),
    };
  }
}

function exchangeInfo(markets: readonly FakeMarket[], now: number, futures: boolean) {
  return {
    timezone: 'UTC',
    serverTime: now,
    rateLimits: [],
    exchangeFilters: [],
    symbols: markets.map((m) => ({
      symbol: m.id,
      status: 'TRADING',
      baseAsset: m.base,
      quoteAsset: m.quote,
      ...(futures
        ? {
            pair: m.id,
            contractType: 'PERPETUAL',
            deliveryDate: 4133404800000,
            onboardDate: 1569398400000,
            marginAsset: m.quote,
            pricePrecision: decimals(m.tickSize),
            quantityPrecision: decimals(m.stepSize),
          }
        : {
            baseAssetPrecision: 8,
            quotePrecision: 8,
            quoteAssetPrecision: 8,
            isSpotTradingAllowed: true,
            isMarginTradingAllowed: false,
            permissions: ['SPOT'],
          }),
      orderTypes: ['LIMIT', 'MARKET'],
      filters: [
        {
          filterType: 'PRICE_FILTER',
          minPrice: m.tickSize,
          maxPrice: '1000000',
          tickSize: m.tickSize,
        },
        { filterType: 'LOT_SIZE', minQty: m.stepSize, maxQty: '9000', stepSize: m.stepSize },
      ],
    })),
  };
}

function decimals(step: string): number {
  const dot = step.indexOf('.');
  return dot < 0 ? 0 : step.length - dot - 1;
}

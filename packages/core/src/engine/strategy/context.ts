/** The StrategyContext of one run: indicator registry, feeds and order helpers over an ExecutionClient. */
import { assert } from '../../assert.ts';
import { ATR } from '../indicators/atr/atr.ts';
import { Bollinger } from '../indicators/bollinger/bollinger.ts';
import { EMA } from '../indicators/ema/ema.ts';
import type { StreamingIndicator } from '../indicators/indicator.ts';
import { RSI } from '../indicators/rsi/rsi.ts';
import { SMA } from '../indicators/sma/sma.ts';
import type { Clock } from '../kernel/clock.ts';
import type { DataFeed } from '../kernel/data-feed.ts';
import type { ExecutionClient } from '../kernel/execution-client.ts';
import type { Order, OrderRequest, OrderSide } from '../orders/order.ts';
import type { AccountView, Position } from '../portfolio/account.ts';
import type { Params } from './params.ts';
import { type BarSeries, IndicatorSeries, type IndicatorSource, sourceValue } from './series.ts';
import type { IndicatorFactory, OrderOptions, StrategyContext } from './strategy.ts';

export class RunContext<P extends Params> implements StrategyContext<P>, IndicatorFactory {
  /** Registered indicators per feed key, fed by the kernel in registration order. */
  readonly registry = new Map<string, IndicatorSeries[]>();
  /** False once the first bar runs: indicators must be registered in `init`. */
  registering = true;

  constructor(
    readonly params: Readonly<P>,
    private readonly clock: Clock,
    private readonly data: DataFeed,
    private readonly client: ExecutionClient,
  ) {}

  get time(): number {
    return this.clock.time;
  }
  get step(): number {
    return this.clock.step;
  }
  get bars(): BarSeries {
    return this.data.primary;
  }
  get indicators(): IndicatorFactory {
    return this;
  }
  get account(): AccountView {
    return this.client.account;
  }

  feed(key: string): BarSeries {
    return this.data.get(key);
  }

  position(symbol?: string): Position {
    return this.client.position(symbol ?? this.data.primary.bars.symbol.ticker);
  }

  openOrders(symbol?: string): readonly Order[] {
    return this.client.openOrders(symbol);
  }

  buy(options: OrderOptions = {}): Order {
    return this.client.submit(orderRequest('buy', options));
  }

  sell(options: OrderOptions = {}): Order {
    return this.client.submit(orderRequest('sell', options));
  }

  order(request: OrderRequest): Order {
    return this.client.submit(request);
  }

  close(
    symbol?: string,
    options: Omit<OrderOptions, 'qty' | 'reduceOnly'> = {},
  ): Order | undefined {
    const ticker = symbol ?? this.data.primary.bars.symbol.ticker;
    const qty = this.client.position(ticker).qty;
    if (qty === 0) return undefined;
    return this.client.submit(
      orderRequest(qty > 0 ? 'sell' : 'buy', options, ticker, Math.abs(qty), true, 'close'),
    );
  }

  cancel(orderId: number): boolean {
    return this.client.cancel(orderId);
  }

  cancelAll(symbol?: string): number {
    let n = 0;
    for (const o of [...this.client.openOrders(symbol)]) if (this.client.cancel(o.id)) n++;
    return n;
  }

  sma(period: number, source: IndicatorSource = 'close', feed?: string): IndicatorSeries<SMA> {
    return this.track(new SMA(period), source, feed);
  }
  ema(period: number, source: IndicatorSource = 'close', feed?: string): IndicatorSeries<EMA> {
    return this.track(new EMA(period), source, feed);
  }
  rsi(period: number, source: IndicatorSource = 'close', feed?: string): IndicatorSeries<RSI> {
    return this.track(new RSI(period), source, feed);
  }
  bollinger(
    period: number,
    multiplier = 2,
    source: IndicatorSource = 'close',
    feed?: string,
  ): IndicatorSeries<Bollinger> {
    return this.track(new Bollinger(period, multiplier), source, feed);
  }

  atr(period: number, feed?: string): IndicatorSeries<ATR> {
    const series = this.series(feed);
    const atr = new ATR(period);
    const { high, low, close } = series.bars;
    return this.register(
      new IndicatorSeries(atr, series, (i) => atr.addHlc(high[i]!, low[i]!, close[i]!)),
    );
  }

  track<I extends StreamingIndicator<number>>(
    indicator: I,
    source: IndicatorSource = 'close',
    feed?: string,
  ): IndicatorSeries<I> {
    const series = this.series(feed);
    const bars = series.bars;
    const column =
      source === 'hl2' || source === 'hlc3' || source === 'ohlc4' ? undefined : bars[source];
    const update = column
      ? (i: number) => indicator.add(column[i]!)
      : (i: number) => indicator.add(sourceValue(bars, source, i));
    return this.register(new IndicatorSeries(indicator, series, update));
  }

  private series(feed: string | undefined): BarSeries {
    return feed === undefined ? this.data.primary : this.data.get(feed);
  }

  private register<S extends IndicatorSeries>(s: S): S {
    assert(this.registering, 'register indicators in init(), not while bars run');
    const list = this.registry.get(s.feed.key) ?? [];
    list.push(s);
    this.registry.set(s.feed.key, list);
    return s;
  }
}

/**
 * A request as one fixed-shape object (absent options as `undefined`). Spread copies
 * (`{ ...options, side }`) come out with shapes of their own that V8 reads about 20× slower on
 * the submit path; one shape keeps it monomorphic.
 */
function orderRequest(
  side: OrderSide,
  o: Omit<OrderOptions, 'qty' | 'reduceOnly'> & Pick<OrderRequest, 'qty' | 'reduceOnly'>,
  symbol = o.symbol,
  qty = o.qty,
  reduceOnly = o.reduceOnly,
  defaultTag?: string,
): OrderRequest {
  const request: { [K in keyof OrderRequest]-?: OrderRequest[K] | undefined } = {
    side,
    symbol,
    type: o.type,
    qty,
    limit: o.limit,
    stop: o.stop,
    trailOffset: o.trailOffset,
    tif: o.tif,
    reduceOnly,
    takeProfit: o.takeProfit,
    stopLoss: o.stopLoss,
    ocoGroup: o.ocoGroup,
    tag: o.tag ?? defaultTag,
  };
  return request as OrderRequest;
}

/** The TypeScript strategy API: the hooks a strategy implements and the context it trades through. */

import type { ATR } from '../indicators/atr/atr.ts';
import type { Bollinger } from '../indicators/bollinger/bollinger.ts';
import type { EMA } from '../indicators/ema/ema.ts';
import type { StreamingIndicator } from '../indicators/indicator.ts';
import type { RSI } from '../indicators/rsi/rsi.ts';
import type { SMA } from '../indicators/sma/sma.ts';
import type { Fill } from '../kernel/execution-client.ts';
import type { Order, OrderRequest } from '../orders/order.ts';
import type { AccountView, Position } from '../portfolio/account.ts';
import type { ParamSpecs, Params } from './params.ts';
import type { BarSeries, IndicatorSeries, IndicatorSource } from './series.ts';

/**
 * A strategy: a class or object with hooks. State created in `init` lives for one run, so the
 * same object can run again (or in a sweep) deterministically.
 */
export interface Strategy<P extends Params = Params> {
  readonly name: string;
  /** Parameter declarations (defaults, meaning, ranges); `ctx.params` holds the run's values. */
  readonly params: ParamSpecs<P>;
  /** Once, before the first bar: register indicators, set up state. */
  init?(ctx: StrategyContext<P>): void;
  /** At the close of every primary bar, after that bar's fills. */
  onBar(ctx: StrategyContext<P>): void;
  /** An order changed state: accepted (`pending`), `filled`, `cancelled`, `rejected` or `expired`. */
  onOrder?(ctx: StrategyContext<P>, order: Order): void;
  /** An order filled (called after `onOrder` for the same fill). */
  onFill?(ctx: StrategyContext<P>, fill: Fill): void;
  /** Once, after the last bar. */
  onStop?(ctx: StrategyContext<P>): void;
}

/** Order options for `buy`/`sell`: a request without its side. */
export type OrderOptions = Omit<OrderRequest, 'side'>;

/** Streaming indicators fed by the kernel on every bar of a feed (register them in `init`). */
export interface IndicatorFactory {
  sma(period: number, source?: IndicatorSource, feed?: string): IndicatorSeries<SMA>;
  ema(period: number, source?: IndicatorSource, feed?: string): IndicatorSeries<EMA>;
  rsi(period: number, source?: IndicatorSource, feed?: string): IndicatorSeries<RSI>;
  atr(period: number, feed?: string): IndicatorSeries<ATR>;
  /** Series of the middle band; `.indicator.upper`/`.lower` hold the current bands. */
  bollinger(
    period: number,
    multiplier?: number,
    source?: IndicatorSource,
    feed?: string,
  ): IndicatorSeries<Bollinger>;
  /** Any streaming indicator of numbers, fed from `source`. */
  track<I extends StreamingIndicator<number>>(
    indicator: I,
    source?: IndicatorSource,
    feed?: string,
  ): IndicatorSeries<I>;
}

/** What a strategy sees and does. One object per run; reading it does not allocate. */
export interface StrategyContext<P extends Params = Params> {
  readonly params: Readonly<P>;
  /** Current time (ms UTC, open time of the primary bar) and step (primary bar index). */
  readonly time: number;
  readonly step: number;
  /** The primary feed. */
  readonly bars: BarSeries;
  /** Another feed by key (its ticker unless named). */
  feed(key: string): BarSeries;
  readonly indicators: IndicatorFactory;
  readonly account: AccountView;
  /** Position in `symbol` (default: primary). */
  position(symbol?: string): Position;
  openOrders(symbol?: string): readonly Order[];
  buy(options?: OrderOptions): Order;
  sell(options?: OrderOptions): Order;
  order(request: OrderRequest): Order;
  /** Market order closing the whole position (reduce-only); undefined when flat. */
  close(symbol?: string, options?: Omit<OrderOptions, 'qty' | 'reduceOnly'>): Order | undefined;
  cancel(orderId: number): boolean;
  /** Cancels all working orders (of `symbol`, if given); returns how many. */
  cancelAll(symbol?: string): number;
}

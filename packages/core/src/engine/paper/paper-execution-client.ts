/** The paper-trading ExecutionClient: simulated fills on market data that arrives one bar at a time, reported as events. */
import { allocateColumns, type Bar, type Bars, createBars } from '../../market/bars.ts';
import type { SymbolInfo } from '../../market/symbol-info.ts';
import type { Timeframe } from '../../market/timeframe.ts';
import type { FillRule } from '../fills/fill-model.ts';
import { SimulatedExchange, type SimulatedExchangeOptions } from '../fills/simulated-exchange.ts';
import type { ExecutionClient, ExecutionEvent, Fill } from '../kernel/execution-client.ts';
import type { Order, OrderRequest } from '../orders/order.ts';
import type { AccountView, Position } from '../portfolio/account.ts';

/**
 * Driven as a live broker connection is: market data comes in as single bars (`onBar`), with no
 * series of past or future bars; order acknowledgements and fills are queued and reach `listener`
 * only when the session calls `deliver`, as messages from a broker would. Which orders fill, at
 * what price and by which rule is decided by the simulated exchange's matching code and the run's
 * fill model, so paper and backtest fills cannot drift apart.
 */
export class PaperExecutionClient implements ExecutionClient {
  listener: (event: ExecutionEvent) => void = () => {};
  private readonly exchange: SimulatedExchange;
  private readonly outbox: ExecutionEvent[] = [];
  /** The latest bar of each symbol, as one-bar columns (all the matching code ever reads). */
  private readonly quotes = new Map<string, Bars>();

  constructor(options: SimulatedExchangeOptions) {
    this.exchange = new SimulatedExchange(options);
    this.exchange.listener = (event) => this.outbox.push(event);
  }

  get account(): AccountView {
    return this.exchange.account;
  }

  /** Every order submitted, in submission order. */
  get orders(): readonly Order[] {
    return this.exchange.orders;
  }

  get fills(): readonly Fill[] {
    return this.exchange.fills;
  }

  position(symbol: string): Position {
    return this.exchange.position(symbol);
  }

  openOrders(symbol?: string): readonly Order[] {
    return this.exchange.openOrders(symbol);
  }

  /** Accepted or rejected at once; the acknowledgement arrives as an event on `deliver`. */
  submit(request: OrderRequest): Order {
    return this.exchange.submit(request);
  }

  cancel(orderId: number): boolean {
    return this.exchange.cancel(orderId);
  }

  /** A bar of `symbol` has closed: working orders fill on its range, positions are marked. */
  onBar(symbol: SymbolInfo, timeframe: Timeframe, bar: Bar): void {
    const quote = this.quote(symbol, timeframe);
    quote.time[0] = bar.time;
    quote.open[0] = bar.open;
    quote.high[0] = bar.high;
    quote.low[0] = bar.low;
    quote.close[0] = bar.close;
    quote.volume[0] = bar.volume;
    this.exchange.onBar(symbol.ticker, quote, 0);
  }

  /** The strategy has seen the bar's close: orders it placed may fill there (on-close models). */
  onClose(symbol: string): void {
    const quote = this.quotes.get(symbol);
    if (quote) this.exchange.onClose(symbol, quote, 0);
  }

  /** Closes the whole position in `symbol` at `price` now (end of a session). */
  flatten(symbol: string, price: number, rule: FillRule, tag: string): void {
    this.exchange.flatten(symbol, price, rule, tag);
  }

  /** Hands queued acknowledgements and fills to `listener`, oldest first; returns how many. */
  deliver(): number {
    const n = this.outbox.length;
    for (let k = 0; k < n; k++) this.listener(this.outbox[k]!);
    this.outbox.length = 0;
    return n;
  }

  private quote(symbol: SymbolInfo, timeframe: Timeframe): Bars {
    let quote = this.quotes.get(symbol.ticker);
    if (!quote) {
      quote = createBars(symbol, timeframe, allocateColumns(1));
      this.quotes.set(symbol.ticker, quote);
    }
    return quote;
  }
}

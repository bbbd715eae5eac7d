/** The simulated exchange: the first ExecutionClient, filling working orders against bars with a fill model. */
import type { Bars } from '../../market/bars.ts';
import type { Clock } from '../kernel/clock.ts';
import type { ExecutionClient, ExecutionEvent, Fill } from '../kernel/execution-client.ts';
import {
  inferOrderType,
  type Order,
  type OrderQty,
  type OrderRequest,
  type OrderState,
} from '../orders/order.ts';
import { WorkingOrder } from '../orders/working-order.ts';
import type { Account, AccountView, MarkedPosition, Position } from '../portfolio/account.ts';
import { fillContext, type Liquidity } from '../portfolio/commission.ts';
import { FillCandidates } from './fill-candidates.ts';
import {
  emptyDecision,
  type FillDecision,
  type FillModel,
  type FillPhase,
  type FillReason,
  type FillRule,
} from './fill-model.ts';

const DAY_MS = 86_400_000;
const NO_REASONS: readonly FillReason[] = [];
const PARTIAL: readonly FillReason[] = ['partial-participation'];
const RELEASED: readonly FillReason[] = ['latency-released'];
const RELEASED_PARTIAL: readonly FillReason[] = ['latency-released', 'partial-participation'];

/** One symbol's side of the exchange: its working orders and what the last bar left. */
export interface SymbolBook {
  readonly symbol: string;
  /** Working orders, oldest first. */
  readonly working: OrderState[];
  /** Close of the last bar seen (NaN before the first): trailing stops start from it. */
  lastClose: number;
  /** Bars seen (counted only under a latency). */
  barsSeen: number;
  /** The account's record of the symbol, from the book's first bar on. */
  position: MarkedPosition | undefined;
}

export interface SimulatedExchangeOptions {
  readonly account: Account;
  readonly fillModel: FillModel;
  readonly clock: Clock;
  /** Symbol of orders that name none. */
  readonly defaultSymbol: string;
  /** Size of orders that give none. */
  readonly defaultQty: OrderQty;
}

/**
 * Keeps working orders per symbol and, for each new bar of a symbol, fills those the fill model
 * says fill, in the order their prices are reached on the intrabar path (ties: oldest order first).
 * Sizing, reduce-only, margin checks, OCO groups, brackets, latency and time in force are handled
 * here, so fill models only decide prices and, through `size`, how many units fill now.
 *
 * Partial fills: an order whose fill the model caps keeps working with its remainder (status
 * `pending`, `filledQty` and `avgFillPrice` (volume-weighted) updated, one `fill` event per part).
 * A fraction-of-funds size is resolved into units at the first fill. IOC keeps what filled at its
 * one opportunity and cancels the rest; FOK fills all units at once or none. OCO partners are
 * cancelled by the first part; bracket exits are placed when the entry finishes, for the units
 * it filled. Limit and stop-limit fills are charged as maker, all others as taker.
 */
export class SimulatedExchange implements ExecutionClient {
  listener: (event: ExecutionEvent) => void = () => {};
  /** Every order ever submitted, in submission order (the order log). */
  readonly orders: OrderState[] = [];
  readonly fills: Fill[] = [];
  private readonly books = new Map<string, SymbolBook>();
  private nextId = 1;
  private readonly candidates = new FillCandidates();
  private readonly decision = emptyDecision();
  /** Units an order was sized to at its first partial fill, while it works on. */
  private readonly totals = new Map<number, number>();
  /** Latency: `barsSeen` of the order's book when each working order was submitted. */
  private readonly submittedAt = new Map<number, number>();
  private readonly latency: number;

  constructor(private readonly options: SimulatedExchangeOptions) {
    this.latency = options.fillModel.latencyBars ?? 0;
  }

  /** The book of `symbol`; drivers keep it to skip the lookup on every bar. */
  book(symbol: string): SymbolBook {
    let book = this.books.get(symbol);
    if (!book) {
      book = {
        symbol,
        working: [],
        lastClose: Number.NaN,
        barsSeen: 0,
        position: undefined,
      };
      this.books.set(symbol, book);
    }
    return book;
  }

  get account(): AccountView {
    return this.options.account;
  }

  position(symbol: string): Position {
    return this.options.account.position(symbol);
  }

  openOrders(symbol?: string): readonly Order[] {
    if (symbol !== undefined) return this.book(symbol).working;
    return this.orders.filter((o) => o.status === 'pending');
  }

  submit(request: OrderRequest, parentId = 0): Order {
    const { clock, defaultSymbol, defaultQty } = this.options;
    const symbol = request.symbol ?? defaultSymbol;
    const type = inferOrderType(request);
    const book = this.book(symbol);
    const order = new WorkingOrder(
      request,
      this.nextId++,
      symbol,
      type,
      request.qty ?? defaultQty,
      parentId,
      clock.step,
      clock.time,
      book.lastClose,
      this.options.fillModel.fillsOnClose,
    );
    this.orders.push(order);
    const problem = validate(order);
    if (problem) {
      this.finish(order, 'rejected', problem);
    } else {
      book.working.push(order);
      if (this.latency > 0) this.submittedAt.set(order.id, book.barsSeen);
      this.listener({ kind: 'order', order });
    }
    return order;
  }

  cancel(orderId: number): boolean {
    const order = this.orders[orderId - 1];
    if (order?.status !== 'pending') return false;
    this.finish(order, 'cancelled', 'cancelled by strategy');
    return true;
  }

  /**
   * A new bar of `symbol` (index `i` of `bars`): marks positions at its open, fills working orders
   * on its intrabar path, then marks at its close and moves trailing stops.
   */
  onBar(symbol: string, bars: Bars, i: number): void {
    this.onBookBar(this.book(symbol), bars, i);
  }

  /** `onBar` for a book the driver holds (no lookup: the per-bar fast path). */
  onBookBar(book: SymbolBook, bars: Bars, i: number): void {
    if (this.latency > 0) book.barsSeen++;
    const list = book.working;
    const position = book.position ?? (book.position = this.options.account.marked(book.symbol));
    if (list.length > 0) {
      position.mark = bars.open[i]!;
      this.process(book, bars, i, 'bar');
      for (const o of list) if (o.type === 'trailing-stop') trail(o, bars.high[i]!, bars.low[i]!);
    }
    const close = bars.close[i]!;
    position.mark = close;
    book.lastClose = close;
  }

  /** The close of bar `i`: orders created during this close may fill at it (on-close models). */
  onClose(symbol: string, bars: Bars, i: number): void {
    this.onBookClose(this.book(symbol), bars, i);
  }

  onBookClose(book: SymbolBook, bars: Bars, i: number): void {
    const list = book.working;
    if (list.length === 0) return;
    if (this.options.fillModel.fillsOnClose) this.process(book, bars, i, 'close');
    for (const o of list) o.fillableOnClose = false;
  }

  /** Closes the whole position in `symbol` now at `price` (the kernel's end-of-run closing). */
  flatten(symbol: string, price: number, rule: FillRule, tag: string): void {
    const qty = this.options.account.position(symbol).qty;
    if (qty === 0) return;
    const order = this.submit({
      symbol,
      side: qty > 0 ? 'sell' : 'buy',
      qty: Math.abs(qty),
      reduceOnly: true,
      tag,
    });
    const d = this.decision;
    d.price = price;
    d.rule = rule;
    d.slippage = 0;
    this.execute(this.orders[order.id - 1]!, d, false);
  }

  private process(book: SymbolBook, bars: Bars, i: number, phase: FillPhase): void {
    const { fillModel } = this.options;
    const list = book.working;
    const latency = this.latency;
    const seen = book.barsSeen;
    const day = Math.floor(bars.time[i]! / DAY_MS);
    const c = this.candidates;
    c.clear();
    for (const order of list) {
      if (phase === 'close' && !order.fillableOnClose) continue;
      // Latency: the order sits out its first `latency` bars; time in force counts from then.
      const waited = latency > 0 ? seen - (this.submittedAt.get(order.id) ?? 0) : 0;
      if (latency > 0 && waited <= latency) continue;
      if (order.tif === 'DAY') {
        if (Number.isNaN(order.firstEvaluationDay)) order.firstEvaluationDay = day;
        else if (day !== order.firstEvaluationDay) {
          order.evaluations = -1; // expire below
          continue;
        }
      }
      order.evaluations++;
      if (fillModel.decide(order, bars, i, phase, this.decision))
        c.insert(order, this.decision, latency > 0 && waited === latency + 1);
    }
    // Units of this symbol filled on this bar so far, shared by all its orders (volume caps).
    let used = 0;
    const d = this.decision;
    for (let k = 0; k < c.count; k++) {
      const order = c.order(k);
      if (order.status !== 'pending') continue;
      const released = c.load(k, d);
      used += this.execute(order, d, released, bars, i, used);
    }
    c.clear();
    // Time in force: IOC/FOK had their one chance; DAY orders past their day expire.
    for (let k = list.length - 1; k >= 0; k--) {
      const o = list[k]!;
      if (o.status !== 'pending') continue;
      if (o.evaluations < 0) this.finish(o, 'expired', 'DAY order past its trading day');
      else if ((o.tif === 'IOC' || o.tif === 'FOK') && o.evaluations > 0)
        this.finish(
          o,
          'expired',
          o.filledQty > 0
            ? `${o.tif} order: ${o.filledQty} of ${this.totals.get(o.id)} filled at its first opportunity, the rest cancelled`
            : `${o.tif} order not filled at its first opportunity`,
        );
    }
  }

  /**
   * Sizes, checks and books one fill of (part of) an order at `d`; `bars` and `i` are absent for
   * the kernel's end-of-run closing. Returns the units filled.
   */
  private execute(
    order: OrderState,
    d: FillDecision,
    released: boolean,
    bars?: Bars,
    i = -1,
    used = 0,
  ): number {
    const { account, clock, fillModel } = this.options;
    const terms = account.terms(order.symbol);
    const buy = order.side === 'buy';
    const liquidity: Liquidity =
      order.type === 'limit' || order.type === 'stop-limit' ? 'maker' : 'taker';
    const context = fillContext(order.side, liquidity);
    const held = account.position(order.symbol).qty;
    const opposite = buy ? Math.max(-held, 0) : Math.max(held, 0);
    const total = this.totals.get(order.id);
    let wanted: number;
    if (order.reduceOnly && opposite === 0) {
      this.finish(order, 'cancelled', 'reduce-only order with nothing to reduce');
      return 0;
    }
    if (total !== undefined) {
      wanted = total - order.filledQty;
      if (order.reduceOnly) wanted = Math.min(wanted, opposite);
    } else if (order.reduceOnly) {
      wanted =
        typeof order.qty === 'number'
          ? Math.min(order.qty, opposite)
          : lots(opposite * order.qty.fraction, terms.lotSize);
    } else if (typeof order.qty === 'number') {
      wanted = order.qty;
    } else {
      // Fraction of the funds available once any opposite position is closed at this price.
      const afterClose = this.projectedAvailable(order.symbol, opposite, d.price);
      const unitCost =
        terms.margin.required(1, d.price, terms.pointValue) +
        terms.commission.commission(1, d.price, terms.pointValue, context);
      wanted = opposite + lots((afterClose * order.qty.fraction) / unitCost, terms.lotSize);
    }
    if (!(wanted > 0)) {
      this.finish(order, 'rejected', 'insufficient funds for one lot');
      return 0;
    }
    let qty = wanted;
    if (bars && fillModel.size) {
      d.qty = Number.NaN;
      fillModel.size(order, wanted, used, bars, i, d);
      if (!Number.isNaN(d.qty)) qty = d.qty;
      // Nothing on this bar, or FOK short of its whole size: no fill (IOC/FOK then expire).
      if (!(qty > 0) || (order.tif === 'FOK' && qty < wanted)) return 0;
    }
    const price = d.price;
    const opening = qty - Math.min(qty, opposite);
    if (opening > 0) {
      const needed = terms.margin.required(opening, price, terms.pointValue);
      const commission = terms.commission.commission(qty, price, terms.pointValue, context);
      if (
        needed + commission >
        this.projectedAvailable(order.symbol, Math.min(qty, opposite), price) + 1e-9
      ) {
        if (order.filledQty > 0)
          this.finish(order, 'cancelled', `insufficient margin for the remaining ${wanted}`);
        else this.finish(order, 'rejected', 'insufficient margin');
        return 0;
      }
    }
    const partial = qty < wanted;
    if (partial && total === undefined) this.totals.set(order.id, wanted);
    const effect = account.fill(
      order.symbol,
      buy,
      qty,
      price,
      clock.step,
      clock.time,
      order.tag,
      liquidity,
    );
    order.avgFillPrice =
      order.filledQty === 0
        ? price
        : (order.avgFillPrice * order.filledQty + price * qty) / (order.filledQty + qty);
    order.filledQty += qty;
    const fill: Fill = {
      orderId: order.id,
      symbol: order.symbol,
      side: order.side,
      qty,
      price,
      commission: effect.commission,
      bar: clock.step,
      time: clock.time,
      model: fillModel.name,
      rule: d.rule,
      reasons: released ? (partial ? RELEASED_PARTIAL : RELEASED) : partial ? PARTIAL : NO_REASONS,
      slippage: d.slippage,
      tag: order.tag,
    };
    this.fills.push(fill);
    if (partial) {
      order.updatedTime = clock.time;
      this.listener({ kind: 'fill', fill, order });
    } else {
      this.finish(order, 'filled', '', fill);
    }
    if (order.ocoGroup) {
      for (const o of this.book(order.symbol).working) {
        if (o !== order && o.ocoGroup === order.ocoGroup && o.status === 'pending')
          this.finish(o, 'cancelled', `OCO: order ${order.id} filled`);
      }
    }
    if (!partial && hasBracket(order)) this.bracket(order);
    return qty;
  }

  /** Places the take-profit and stop-loss of a filled bracket entry as one OCO group. */
  private bracket(entry: OrderState): void {
    const side = entry.side === 'buy' ? 'sell' : 'buy';
    const common = {
      symbol: entry.symbol,
      side,
      qty: entry.filledQty,
      reduceOnly: true,
      ocoGroup: `bracket-${entry.id}`,
      tag: entry.tag,
    } as const;
    if (!Number.isNaN(entry.takeProfit))
      this.submit({ ...common, type: 'limit', limit: entry.takeProfit }, entry.id);
    if (!Number.isNaN(entry.stopLoss))
      this.submit({ ...common, type: 'stop', stop: entry.stopLoss }, entry.id);
  }

  /** Available funds after closing `closing` units of the current position at `price`. */
  private projectedAvailable(symbol: string, closing: number, price: number): number {
    const account = this.options.account;
    if (closing === 0) return account.available;
    const p = account.position(symbol);
    const terms = account.terms(symbol);
    const released = terms.margin.required(closing, p.mark, terms.pointValue);
    const pnlVsMark = Math.sign(p.qty) * closing * (price - p.mark) * terms.pointValue;
    return account.available + released + pnlVsMark;
  }

  private finish(
    order: OrderState,
    status: OrderState['status'],
    reason: string,
    fill?: Fill,
  ): void {
    order.status = status;
    order.reason = reason;
    order.updatedTime = this.options.clock.time;
    const list = this.book(order.symbol).working;
    const at = list.indexOf(order);
    if (at >= 0) list.splice(at, 1);
    this.totals.delete(order.id);
    this.submittedAt.delete(order.id);
    this.listener(fill ? { kind: 'fill', fill, order } : { kind: 'order', order });
    // A partly filled entry that stops working still protects the units it filled.
    if (status !== 'filled' && order.filledQty > 0 && hasBracket(order)) this.bracket(order);
  }
}

function hasBracket(o: OrderState): boolean {
  return !Number.isNaN(o.takeProfit) || !Number.isNaN(o.stopLoss);
}

function validate(o: OrderState): string {
  if (typeof o.qty === 'number' ? !(o.qty > 0) : !(o.qty.fraction > 0 && o.qty.fraction <= 1))
    return 'qty must be > 0 units or a fraction in (0, 1]';
  if ((o.type === 'limit' || o.type === 'stop-limit') && !Number.isFinite(o.limit))
    return `${o.type} order needs a limit price`;
  if ((o.type === 'stop' || o.type === 'stop-limit') && !Number.isFinite(o.stop))
    return `${o.type} order needs a stop price`;
  if (o.type === 'trailing-stop' && !(o.trailOffset > 0 && Number.isFinite(o.stop)))
    return 'trailing-stop needs trailOffset > 0 and a price to trail from';
  return '';
}

/** Moves a trailing stop after a bar: it follows the best price seen, never back. */
function trail(o: OrderState, high: number, low: number): void {
  if (o.side === 'sell') {
    o.extreme = Math.max(o.extreme, high);
    o.stop = Math.max(o.stop, o.extreme - o.trailOffset);
  } else {
    o.extreme = Math.min(o.extreme, low);
    o.stop = Math.min(o.stop, o.extreme + o.trailOffset);
  }
}

/**
 * Whole lots at or below `units`. With lot size 1 this is a plain floor, as backtesting.py's
 * `int(funds // price)`; other lot sizes get a 1e-9 allowance for binary fractions (0.3 / 0.1).
 */
function lots(units: number, lotSize: number): number {
  if (lotSize === 1) return Math.floor(units);
  return Math.floor(units / lotSize + 1e-9) * lotSize;
}

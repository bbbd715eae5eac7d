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
import type { Account, AccountView, Position } from '../portfolio/account.ts';
import { emptyDecision, type FillModel, type FillPhase, type FillRule } from './fill-model.ts';

const DAY_MS = 86_400_000;

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
 * Sizing, reduce-only, margin checks, OCO groups, brackets and time in force are handled here, so
 * fill models only decide prices.
 */
export class SimulatedExchange implements ExecutionClient {
  listener: (event: ExecutionEvent) => void = () => {};
  /** Every order ever submitted, in submission order (the order log). */
  readonly orders: OrderState[] = [];
  readonly fills: Fill[] = [];
  private readonly working = new Map<string, OrderState[]>();
  private readonly lastClose = new Map<string, number>();
  private nextId = 1;
  // Scratch space for one bar's candidate fills (no allocation per bar).
  private readonly candidates: OrderState[] = [];
  private readonly prices: number[] = [];
  private readonly positions: number[] = [];
  private readonly rules: FillRule[] = [];
  private readonly decision = emptyDecision();

  constructor(private readonly options: SimulatedExchangeOptions) {}

  get account(): AccountView {
    return this.options.account;
  }

  position(symbol: string): Position {
    return this.options.account.position(symbol);
  }

  openOrders(symbol?: string): readonly Order[] {
    if (symbol !== undefined) return this.working.get(symbol) ?? [];
    return this.orders.filter((o) => o.status === 'pending');
  }

  submit(request: OrderRequest, parentId = 0): Order {
    const { clock, defaultSymbol, defaultQty } = this.options;
    const symbol = request.symbol ?? defaultSymbol;
    const type = inferOrderType(request);
    const reference = this.lastClose.get(symbol) ?? Number.NaN;
    const order: OrderState = {
      id: this.nextId++,
      symbol,
      side: request.side,
      type,
      qty: request.qty ?? defaultQty,
      limit: request.limit ?? Number.NaN,
      stop:
        type === 'trailing-stop' ? trailLevel(request, reference) : (request.stop ?? Number.NaN),
      trailOffset: request.trailOffset ?? Number.NaN,
      tif: request.tif ?? 'GTC',
      reduceOnly: request.reduceOnly ?? false,
      takeProfit: request.takeProfit ?? Number.NaN,
      stopLoss: request.stopLoss ?? Number.NaN,
      ocoGroup: request.ocoGroup ?? '',
      parentId,
      tag: request.tag ?? '',
      status: 'pending',
      createdBar: clock.step,
      createdTime: clock.time,
      filledQty: 0,
      avgFillPrice: Number.NaN,
      updatedTime: clock.time,
      reason: '',
      triggered: false,
      extreme: reference,
      evaluations: 0,
      firstEvaluationDay: Number.NaN,
      fillableOnClose: this.options.fillModel.fillsOnClose,
    };
    this.orders.push(order);
    const problem = validate(order);
    if (problem) {
      this.finish(order, 'rejected', problem);
    } else {
      let list = this.working.get(symbol);
      if (!list) this.working.set(symbol, (list = []));
      list.push(order);
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
    const account = this.options.account;
    const list = this.working.get(symbol);
    if (list && list.length > 0) {
      account.mark(symbol, bars.open[i]!);
      this.process(list, bars, i, 'bar');
      for (const o of list) if (o.type === 'trailing-stop') trail(o, bars.high[i]!, bars.low[i]!);
    }
    account.mark(symbol, bars.close[i]!);
    this.lastClose.set(symbol, bars.close[i]!);
  }

  /** The close of bar `i`: orders created during this close may fill at it (on-close models). */
  onClose(symbol: string, bars: Bars, i: number): void {
    const list = this.working.get(symbol);
    if (!list || list.length === 0) return;
    if (this.options.fillModel.fillsOnClose) this.process(list, bars, i, 'close');
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
    this.execute(this.orders[order.id - 1]!, price, rule);
  }

  private process(list: OrderState[], bars: Bars, i: number, phase: FillPhase): void {
    const { fillModel } = this.options;
    const day = Math.floor(bars.time[i]! / DAY_MS);
    const c = this.candidates;
    c.length = 0;
    this.prices.length = 0;
    this.positions.length = 0;
    this.rules.length = 0;
    for (const order of list) {
      if (phase === 'close' && !order.fillableOnClose) continue;
      if (order.tif === 'DAY') {
        if (Number.isNaN(order.firstEvaluationDay)) order.firstEvaluationDay = day;
        else if (day !== order.firstEvaluationDay) {
          order.evaluations = -1; // expire below
          continue;
        }
      }
      order.evaluations++;
      if (fillModel.decide(order, bars, i, phase, this.decision)) {
        // Insert by path position, stable for equal positions (list is oldest first).
        let k = c.length;
        while (k > 0 && this.positions[k - 1]! > this.decision.position) k--;
        c.splice(k, 0, order);
        this.prices.splice(k, 0, this.decision.price);
        this.positions.splice(k, 0, this.decision.position);
        this.rules.splice(k, 0, this.decision.rule);
      }
    }
    for (let k = 0; k < c.length; k++) {
      const order = c[k]!;
      if (order.status === 'pending') this.execute(order, this.prices[k]!, this.rules[k]!);
    }
    // Time in force: IOC/FOK had their one chance; DAY orders past their day expire.
    for (let k = list.length - 1; k >= 0; k--) {
      const o = list[k]!;
      if (o.status !== 'pending') continue;
      if (o.evaluations < 0) this.finish(o, 'expired', 'DAY order past its trading day');
      else if ((o.tif === 'IOC' || o.tif === 'FOK') && o.evaluations > 0)
        this.finish(o, 'expired', `${o.tif} order not filled at its first opportunity`);
    }
  }

  /** Sizes, checks and books one fill of a whole order. */
  private execute(order: OrderState, price: number, rule: FillRule): void {
    const { account, clock, fillModel } = this.options;
    const terms = account.terms(order.symbol);
    const buy = order.side === 'buy';
    const held = account.position(order.symbol).qty;
    const opposite = buy ? Math.max(-held, 0) : Math.max(held, 0);
    let qty: number;
    if (order.reduceOnly) {
      if (opposite === 0) {
        this.finish(order, 'cancelled', 'reduce-only order with nothing to reduce');
        return;
      }
      qty =
        typeof order.qty === 'number'
          ? Math.min(order.qty, opposite)
          : lots(opposite * order.qty.fraction, terms.lotSize);
    } else if (typeof order.qty === 'number') {
      qty = order.qty;
    } else {
      // Fraction of the funds available once any opposite position is closed at this price.
      const afterClose = this.projectedAvailable(order.symbol, opposite, price);
      const unitCost =
        terms.margin.required(1, price, terms.pointValue) +
        terms.commission.commission(1, price, terms.pointValue);
      qty = opposite + lots((afterClose * order.qty.fraction) / unitCost, terms.lotSize);
    }
    if (!(qty > 0)) {
      this.finish(order, 'rejected', 'insufficient funds for one lot');
      return;
    }
    const opening = qty - Math.min(qty, opposite);
    if (opening > 0) {
      const needed = terms.margin.required(opening, price, terms.pointValue);
      const commission = terms.commission.commission(qty, price, terms.pointValue);
      if (
        needed + commission >
        this.projectedAvailable(order.symbol, Math.min(qty, opposite), price) + 1e-9
      ) {
        this.finish(order, 'rejected', 'insufficient margin');
        return;
      }
    }
    const effect = account.fill(order.symbol, buy, qty, price, clock.step, clock.time, order.tag);
    order.filledQty = qty;
    order.avgFillPrice = price;
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
      rule,
      tag: order.tag,
    };
    this.fills.push(fill);
    this.finish(order, 'filled', '', fill);
    if (order.ocoGroup) {
      for (const o of this.working.get(order.symbol) ?? []) {
        if (o.ocoGroup === order.ocoGroup && o.status === 'pending')
          this.finish(o, 'cancelled', `OCO: order ${order.id} filled`);
      }
    }
    if (!Number.isNaN(order.takeProfit) || !Number.isNaN(order.stopLoss)) this.bracket(order);
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
    const list = this.working.get(order.symbol);
    const at = list ? list.indexOf(order) : -1;
    if (list && at >= 0) list.splice(at, 1);
    this.listener(fill ? { kind: 'fill', fill, order } : { kind: 'order', order });
  }
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

function trailLevel(request: OrderRequest, reference: number): number {
  const offset = request.trailOffset ?? Number.NaN;
  return request.side === 'sell' ? reference - offset : reference + offset;
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

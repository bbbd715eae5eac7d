/**
 * The order record an execution client keeps. Prices, bracket and OCO links and the working state
 * of stop-limit, trailing and DAY orders live in a separate `OrderTerms` that plain orders share,
 * so a market order is one small object: runs keep every order for their order log, and a busy
 * strategy submits one every few bars.
 */
import type {
  Order,
  OrderQty,
  OrderRequest,
  OrderSide,
  OrderState,
  OrderStatus,
  OrderType,
  TimeInForce,
} from './order.ts';

/** What only some orders carry; mutable fields are written only on an order's own copy. */
class OrderTerms {
  constructor(
    public limit: number,
    public stop: number,
    public trailOffset: number,
    public takeProfit: number,
    public stopLoss: number,
    public ocoGroup: string,
    public parentId: number,
    public extreme: number,
    public triggered: boolean,
    public firstEvaluationDay: number,
  ) {}

  copy(): OrderTerms {
    return new OrderTerms(
      this.limit,
      this.stop,
      this.trailOffset,
      this.takeProfit,
      this.stopLoss,
      this.ocoGroup,
      this.parentId,
      this.extreme,
      this.triggered,
      this.firstEvaluationDay,
    );
  }
}

/** Terms of an order that has none of them; shared, never written. */
const NO_TERMS = Object.freeze(
  new OrderTerms(
    Number.NaN,
    Number.NaN,
    Number.NaN,
    Number.NaN,
    Number.NaN,
    '',
    0,
    0,
    false,
    Number.NaN,
  ),
);

export class WorkingOrder implements OrderState {
  readonly id: number;
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly qty: OrderQty;
  readonly tif: TimeInForce;
  readonly reduceOnly: boolean;
  readonly tag: string;
  readonly createdBar: number;
  readonly createdTime: number;
  status: OrderStatus = 'pending';
  filledQty = 0;
  avgFillPrice = Number.NaN;
  updatedTime = Number.NaN;
  reason = '';
  evaluations = 0;
  fillableOnClose: boolean;
  private terms: OrderTerms;

  /**
   * `request` as accepted: `qty` resolved to the default when absent, `reference` the last close
   * (a trailing stop starts `trailOffset` from it), `step` and `time` of the submission.
   */
  constructor(
    request: OrderRequest,
    id: number,
    symbol: string,
    type: OrderType,
    qty: OrderQty,
    parentId: number,
    step: number,
    time: number,
    reference: number,
    fillableOnClose: boolean,
  ) {
    this.id = id;
    this.symbol = symbol;
    this.side = request.side;
    this.type = type;
    this.qty = qty;
    this.tif = request.tif ?? 'GTC';
    this.reduceOnly = request.reduceOnly ?? false;
    this.tag = request.tag ?? '';
    this.createdBar = step;
    this.createdTime = time;
    this.updatedTime = time;
    this.fillableOnClose = fillableOnClose;
    const trailing = type === 'trailing-stop';
    const offset = request.trailOffset ?? Number.NaN;
    this.terms =
      request.limit === undefined &&
      request.stop === undefined &&
      !trailing &&
      request.takeProfit === undefined &&
      request.stopLoss === undefined &&
      request.ocoGroup === undefined &&
      parentId === 0
        ? NO_TERMS
        : new OrderTerms(
            request.limit ?? Number.NaN,
            trailing
              ? reference + (request.side === 'sell' ? -offset : offset)
              : (request.stop ?? Number.NaN),
            offset,
            request.takeProfit ?? Number.NaN,
            request.stopLoss ?? Number.NaN,
            request.ocoGroup ?? '',
            parentId,
            reference,
            false,
            Number.NaN,
          );
  }

  get limit(): number {
    return this.terms.limit;
  }
  get stop(): number {
    return this.terms.stop;
  }
  set stop(level: number) {
    this.own().stop = level;
  }
  get trailOffset(): number {
    return this.terms.trailOffset;
  }
  get takeProfit(): number {
    return this.terms.takeProfit;
  }
  get stopLoss(): number {
    return this.terms.stopLoss;
  }
  get ocoGroup(): string {
    return this.terms.ocoGroup;
  }
  get parentId(): number {
    return this.terms.parentId;
  }
  get extreme(): number {
    return this.terms.extreme;
  }
  set extreme(price: number) {
    this.own().extreme = price;
  }
  get triggered(): boolean {
    return this.terms.triggered;
  }
  set triggered(armed: boolean) {
    this.own().triggered = armed;
  }
  get firstEvaluationDay(): number {
    return this.terms.firstEvaluationDay;
  }
  set firstEvaluationDay(day: number) {
    this.own().firstEvaluationDay = day;
  }

  /** Every field of `Order` as plain data (getters are not own properties). */
  toJSON(): Order {
    const { id, symbol, side, type, qty, limit, stop, trailOffset, tif, reduceOnly } = this;
    const { takeProfit, stopLoss, ocoGroup, parentId, tag, status, createdBar } = this;
    const { createdTime, filledQty, avgFillPrice, updatedTime, reason } = this;
    return {
      id,
      symbol,
      side,
      type,
      qty,
      limit,
      stop,
      trailOffset,
      tif,
      reduceOnly,
      takeProfit,
      stopLoss,
      ocoGroup,
      parentId,
      tag,
      status,
      createdBar,
      createdTime,
      filledQty,
      avgFillPrice,
      updatedTime,
      reason,
    };
  }

  private own(): OrderTerms {
    if (this.terms === NO_TERMS) this.terms = NO_TERMS.copy();
    return this.terms;
  }
}

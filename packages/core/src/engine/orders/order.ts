/** Order requests and the order state the execution client keeps for each of them. */

export type OrderSide = 'buy' | 'sell';

/**
 * `market` fills at the next available price; `limit` at its level or better; `stop` at its
 * level or worse once touched; `stop-limit` arms a limit when its stop is touched;
 * `trailing-stop` is a stop that follows the best price by `trailOffset`
 * (TRADINGVIEW-SEMANTICS.md rule 3).
 */
export type OrderType = 'market' | 'limit' | 'stop' | 'stop-limit' | 'trailing-stop';

/**
 * `GTC` stays until filled or cancelled. `DAY` lives through the first bar it is evaluated on
 * and later bars of the same UTC calendar day. `IOC` and `FOK` get one evaluation (the first bar
 * or close after submission) and are cancelled if not filled; they differ once fill models
 * can fill partially (IOC keeps the partial fill, FOK refuses it).
 */
export type TimeInForce = 'GTC' | 'DAY' | 'IOC' | 'FOK';

export type OrderStatus = 'pending' | 'filled' | 'cancelled' | 'rejected' | 'expired';

/**
 * Order size: whole units (contracts, shares), or a fraction of the account's available funds
 * (times leverage) converted to whole lots at the fill price, as backtesting.py sizes
 * `0 < size < 1`.
 */
export type OrderQty = number | { readonly fraction: number };

/** What a strategy asks for; everything but `side` has a default. */
export interface OrderRequest {
  readonly side: OrderSide;
  /** Symbol ticker; defaults to the run's primary symbol. */
  readonly symbol?: string;
  /** Defaults to `market`, or `limit`/`stop`/`stop-limit` when only those prices are given. */
  readonly type?: OrderType;
  /** Defaults to the run's `defaultQty`. */
  readonly qty?: OrderQty;
  readonly limit?: number;
  readonly stop?: number;
  /** Distance in price units for `trailing-stop`. */
  readonly trailOffset?: number;
  readonly tif?: TimeInForce;
  /** Only ever reduces an open position; cancelled when there is nothing to reduce. */
  readonly reduceOnly?: boolean;
  /** Bracket: a take-profit limit placed when this entry fills (OCO with `stopLoss`). */
  readonly takeProfit?: number;
  /** Bracket: a stop-loss placed when this entry fills (OCO with `takeProfit`). */
  readonly stopLoss?: number;
  /** Orders sharing an OCO group cancel each other when one fills. */
  readonly ocoGroup?: string;
  /** Free text copied onto fills and trades. */
  readonly tag?: string;
}

/** Live state of one order; strategies see it read-only. */
export interface Order {
  readonly id: number;
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly qty: OrderQty;
  readonly limit: number;
  /** Stop level; for a trailing stop, the current trailing level. */
  readonly stop: number;
  readonly trailOffset: number;
  readonly tif: TimeInForce;
  readonly reduceOnly: boolean;
  readonly takeProfit: number;
  readonly stopLoss: number;
  readonly ocoGroup: string;
  /** Id of the entry order of a bracket child; 0 otherwise. */
  readonly parentId: number;
  readonly tag: string;
  readonly status: OrderStatus;
  /** Step (primary bar index) and time at submission. */
  readonly createdBar: number;
  readonly createdTime: number;
  readonly filledQty: number;
  readonly avgFillPrice: number;
  /** Time of the last status change. */
  readonly updatedTime: number;
  /** Why the order was rejected, cancelled or expired. */
  readonly reason: string;
}

/** Mutable order record owned by an execution client. */
export interface OrderState extends Order {
  status: OrderStatus;
  stop: number;
  filledQty: number;
  avgFillPrice: number;
  updatedTime: number;
  reason: string;
  /** Stop-limit: the stop has been touched and the limit is working. */
  triggered: boolean;
  /** Trailing stop: best price seen since submission. */
  extreme: number;
  /** Evaluations so far (IOC/FOK get one; DAY remembers its first day). */
  evaluations: number;
  firstEvaluationDay: number;
  /** An order created by `onBar` under an on-close fill model is first evaluated at that close. */
  fillableOnClose: boolean;
}

/** Resolves the default type from the prices a request carries. */
export function inferOrderType(request: OrderRequest): OrderType {
  if (request.type) return request.type;
  if (request.trailOffset !== undefined) return 'trailing-stop';
  if (request.limit !== undefined && request.stop !== undefined) return 'stop-limit';
  if (request.limit !== undefined) return 'limit';
  if (request.stop !== undefined) return 'stop';
  return 'market';
}

export function isBuy(order: Pick<Order, 'side'>): boolean {
  return order.side === 'buy';
}

export function isOpen(order: Pick<Order, 'status'>): boolean {
  return order.status === 'pending';
}

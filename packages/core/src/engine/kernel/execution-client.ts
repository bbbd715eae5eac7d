/** The one interface strategies trade through: the simulated exchange now, paper and live brokers later. */

import type { FillReason, FillRule } from '../fills/fill-model.ts';
import type { Order, OrderRequest } from '../orders/order.ts';
import type { AccountView, Position } from '../portfolio/account.ts';

/** One execution of (part of) an order. */
export interface Fill {
  readonly orderId: number;
  readonly symbol: string;
  readonly side: 'buy' | 'sell';
  readonly qty: number;
  readonly price: number;
  readonly commission: number;
  /** Step (primary bar index) and time of the fill. */
  readonly bar: number;
  readonly time: number;
  /** The fill model that decided it and the rule it applied. */
  readonly model: string;
  readonly rule: FillRule;
  /** Partial or latency-released fills say so here; empty for plain whole fills. */
  readonly reasons: readonly FillReason[];
  /** How far slippage moved `price` against the trader (≥ 0, price units; included in `price`). */
  readonly slippage: number;
  readonly tag: string;
}

/** What an execution client reports back, in order. */
export type ExecutionEvent =
  | { readonly kind: 'order'; readonly order: Order }
  | { readonly kind: 'fill'; readonly fill: Fill; readonly order: Order };

/**
 * Backtest, paper and live trading differ only in the client behind this interface (ARCHITECTURE
 * principle 1): no `if (live)` in strategy or kernel code. Clients report through `listener`.
 */
export interface ExecutionClient {
  /** Places an order; invalid requests come back with status `rejected` and a reason. */
  submit(request: OrderRequest): Order;
  /** Cancels a working order; false if it was not working. */
  cancel(orderId: number): boolean;
  /** Working orders, optionally of one symbol, oldest first. */
  openOrders(symbol?: string): readonly Order[];
  position(symbol: string): Position;
  readonly account: AccountView;
  /** Receives order updates and fills. */
  listener: (event: ExecutionEvent) => void;
}

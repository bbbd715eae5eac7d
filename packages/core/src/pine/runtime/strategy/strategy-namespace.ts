/**
 * Pine's `strategy.*` built-ins for one script run (shape 2 of the runtime convention): methods
 * keyed by Pine names take the arguments positionally in the order of builtins/strategy.ts, and
 * the built-in variables are getters. Order calls go to the engine's broker emulator.
 * `strategy.closedtrades` / `strategy.opentrades` are both a count and a namespace in Pine: here
 * they are accessor objects, and the counts are `closedtrades.count` / `opentrades.count`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy.entry
 */

import type { BrokerEmulator } from '../../../engine/broker/broker-emulator.ts';
import type { EntryRequest } from '../../../engine/broker/order-requests.ts';
import type { OcaType } from '../../../engine/broker/orders.ts';
import type { EntryDirection, RiskAmountType } from '../../../engine/broker/risk-rules.ts';
import type { Writable } from '../../../writable.ts';
import { ClosedTrades, OpenTrades } from './trade-accessors.ts';

type Text = string | null | undefined;
type Num = number | undefined;

const direction = (value: string): 'long' | 'short' => (value === 'short' ? 'short' : 'long');
const ocaType = (value: Text): OcaType =>
  value === 'cancel' || value === 'reduce' ? value : 'none';
const amountType = (value: Text): RiskAmountType =>
  value === 'percent_of_equity' ? 'percent_of_equity' : 'cash';

/** `strategy.risk.*`: limits set from the script (usually once, at the top). */
class StrategyRisk {
  private readonly broker: BrokerEmulator;
  constructor(broker: BrokerEmulator) {
    this.broker = broker;
  }
  allow_entry_in(value: string): void {
    this.broker.risk.allowEntryIn = (
      ['all', 'long', 'short'].includes(value) ? value : 'all'
    ) as EntryDirection;
  }
  max_cons_loss_days(count: number, _alert_message?: Text): void {
    this.broker.risk.maxConsLossDays = count;
  }
  max_drawdown(value: number, type: string, _alert_message?: Text): void {
    this.broker.risk.maxDrawdown = value;
    this.broker.risk.maxDrawdownType = amountType(type);
  }
  max_intraday_filled_orders(count: number, _alert_message?: Text): void {
    this.broker.risk.maxIntradayFilledOrders = count;
  }
  max_intraday_loss(value: number, type: string, _alert_message?: Text): void {
    this.broker.risk.maxIntradayLoss = value;
    this.broker.risk.maxIntradayLossType = amountType(type);
  }
  max_position_size(contracts: number): void {
    this.broker.risk.maxPositionSize = contracts;
  }
}

export class PineStrategy {
  readonly broker: BrokerEmulator;
  readonly closedtrades: ClosedTrades;
  readonly opentrades: OpenTrades;
  readonly risk: StrategyRisk;
  /** `strategy.account_currency`: the declaration's `currency`, or the symbol's when it is NONE. */
  readonly account_currency: string;

  constructor(broker: BrokerEmulator, accountCurrency: string) {
    this.broker = broker;
    this.closedtrades = new ClosedTrades(broker);
    this.opentrades = new OpenTrades(broker);
    this.risk = new StrategyRisk(broker);
    this.account_currency = accountCurrency;
  }

  // ------------------------------------------------------------------ orders

  /**
   * The request of `entry` and `order`, in one object every call overwrites: the broker reads it
   * during the call and keeps none of it, and a script may place an order on every bar.
   */
  private readonly request: Writable<EntryRequest> = {
    qty: undefined,
    limit: undefined,
    stop: undefined,
    ocaName: undefined,
    ocaType: undefined,
    comment: undefined,
  };

  private orderRequest(
    qty: Num,
    limit: Num,
    stop: Num,
    ocaName: Text,
    oca: Text,
    comment: Text,
  ): EntryRequest {
    const request = this.request;
    request.qty = qty;
    request.limit = limit;
    request.stop = stop;
    request.ocaName = ocaName;
    request.ocaType = ocaType(oca);
    request.comment = comment;
    return request;
  }

  entry(
    id: string,
    direction_: string,
    qty?: Num,
    limit?: Num,
    stop?: Num,
    oca_name?: Text,
    oca_type?: Text,
    comment?: Text,
    _alert_message?: Text,
    _disable_alert = false,
    when = true,
  ): void {
    if (when === false) return;
    this.broker.entry(
      id,
      direction(direction_),
      this.orderRequest(qty, limit, stop, oca_name, oca_type, comment),
    );
  }

  order(
    id: string,
    direction_: string,
    qty?: Num,
    limit?: Num,
    stop?: Num,
    oca_name?: Text,
    oca_type?: Text,
    comment?: Text,
    _alert_message?: Text,
    _disable_alert = false,
    when = true,
  ): void {
    if (when === false) return;
    this.broker.order(
      id,
      direction(direction_),
      this.orderRequest(qty, limit, stop, oca_name, oca_type, comment),
    );
  }

  exit(
    id: string,
    from_entry?: Text,
    qty?: Num,
    qty_percent?: Num,
    profit?: Num,
    limit?: Num,
    loss?: Num,
    stop?: Num,
    trail_price?: Num,
    trail_points?: Num,
    trail_offset?: Num,
    oca_name?: Text,
    comment?: Text,
    comment_profit?: Text,
    comment_loss?: Text,
    comment_trailing?: Text,
    _alert_message?: Text,
    _alert_profit?: Text,
    _alert_loss?: Text,
    _alert_trailing?: Text,
    _disable_alert = false,
    when = true,
  ): void {
    if (when === false) return;
    this.broker.exit(id, {
      fromEntry: from_entry,
      qty,
      qtyPercent: qty_percent,
      profit,
      limit,
      loss,
      stop,
      trailPrice: trail_price,
      trailPoints: trail_points,
      trailOffset: trail_offset,
      ocaName: oca_name,
      comment,
      commentProfit: comment_profit,
      commentLoss: comment_loss,
      commentTrailing: comment_trailing,
    });
  }

  close(
    id: string,
    comment?: Text,
    qty?: Num,
    qty_percent?: Num,
    _alert_message?: Text,
    immediately = false,
    _disable_alert = false,
    when = true,
  ): void {
    if (when === false) return;
    this.broker.close(id, { comment, qty, qtyPercent: qty_percent, immediately });
  }

  close_all(
    comment?: Text,
    _alert_message?: Text,
    immediately = false,
    _disable_alert = false,
    when = true,
  ): void {
    if (when === false) return;
    this.broker.closeAll({ comment, immediately });
  }

  cancel(id: string, when = true): void {
    if (when !== false) this.broker.cancel(id);
  }

  cancel_all(when = true): void {
    if (when !== false) this.broker.cancelAll();
  }

  // ------------------------------------------------------------------ functions

  /** Single-currency accounts: symbol and account currency are the same. */
  convert_to_account(value: number): number {
    return value;
  }

  convert_to_symbol(value: number): number {
    return value;
  }

  default_entry_qty(fill_price: number): number {
    return this.broker.defaultQty(fill_price);
  }

  // ------------------------------------------------------------------ variables

  get position_size(): number {
    return this.broker.ledger.positionSize;
  }
  get position_avg_price(): number {
    return this.broker.ledger.averagePrice();
  }
  get position_entry_name(): string | null {
    return this.broker.ledger.open[0]?.entryId ?? null;
  }
  get initial_capital(): number {
    return this.broker.config.initialCapital;
  }
  get equity(): number {
    return this.broker.equity();
  }
  // TradingView's net profit and gross loss count the commission of the open entries from their
  // fill (PyneCore's measurements of plotted strategy.netprofit; our cash() notes the sizing).
  get netprofit(): number {
    return this.broker.cash() - this.broker.config.initialCapital;
  }
  get netprofit_percent(): number {
    return this.percentOfCapital(this.netprofit);
  }
  get openprofit(): number {
    return this.broker.openProfit();
  }
  get openprofit_percent(): number {
    return (this.broker.openProfit() / this.broker.cash()) * 100;
  }
  get grossprofit(): number {
    return this.broker.ledger.grossProfit;
  }
  get grossprofit_percent(): number {
    return this.percentOfCapital(this.broker.ledger.grossProfit);
  }
  get grossloss(): number {
    return this.broker.ledger.grossLoss + this.broker.ledger.openEntryCommission();
  }
  get grossloss_percent(): number {
    return this.percentOfCapital(this.grossloss);
  }
  get wintrades(): number {
    return this.broker.ledger.winTrades;
  }
  get losstrades(): number {
    return this.broker.ledger.lossTrades;
  }
  get eventrades(): number {
    return this.broker.ledger.evenTrades;
  }
  get max_drawdown(): number {
    return this.broker.equityCurve().maxDrawdown;
  }
  get max_drawdown_percent(): number {
    return this.broker.equityCurve().maxDrawdownPercent;
  }
  get max_runup(): number {
    return this.broker.equityCurve().maxRunup;
  }
  get max_runup_percent(): number {
    return this.broker.equityCurve().maxRunupPercent;
  }
  get max_contracts_held_all(): number {
    return this.broker.ledger.maxContractsHeldAll;
  }
  get max_contracts_held_long(): number {
    return this.broker.ledger.maxContractsHeldLong;
  }
  get max_contracts_held_short(): number {
    return this.broker.ledger.maxContractsHeldShort;
  }
  get margin_liquidation_price(): number {
    return this.broker.marginLiquidationPrice();
  }
  get avg_trade(): number {
    const l = this.broker.ledger;
    return l.closed.length > 0 ? l.netProfit / l.closed.length : Number.NaN;
  }
  get avg_winning_trade(): number {
    const l = this.broker.ledger;
    return l.winTrades > 0 ? l.grossProfit / l.winTrades : Number.NaN;
  }
  get avg_losing_trade(): number {
    const l = this.broker.ledger;
    return l.lossTrades > 0 ? l.grossLoss / l.lossTrades : Number.NaN;
  }
  get avg_trade_percent(): number {
    return this.meanPercent(() => true);
  }
  get avg_winning_trade_percent(): number {
    return this.meanPercent((p) => p > 0);
  }
  get avg_losing_trade_percent(): number {
    return this.meanPercent((p) => p < 0);
  }

  private percentOfCapital(value: number): number {
    return (value / this.broker.config.initialCapital) * 100;
  }

  /** Mean `profit_percent` of the closed trades whose profit passes `keep`. */
  private meanPercent(keep: (profit: number) => boolean): number {
    const closed = this.broker.ledger.closed;
    let sum = 0;
    let n = 0;
    for (let i = 0; i < closed.length; i++)
      if (keep(closed.profit(i))) {
        sum += closed.profitPercent(i);
        n++;
      }
    return n > 0 ? sum / n : Number.NaN;
  }
}

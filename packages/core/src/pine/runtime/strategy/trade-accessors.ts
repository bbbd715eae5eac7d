/**
 * `strategy.closedtrades.*` and `strategy.opentrades.*`: per-trade values by trade number
 * (0 = oldest); a number outside the list gives na. Run-up and drawdown are positive amounts.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy.closedtrades.entry_price
 */
import type { BrokerEmulator } from '../../../engine/broker/broker-emulator.ts';
import type { ClosedTradeRecord, OpenTradeRecord } from '../../../engine/broker/trade-record.ts';

const NA = Number.NaN;

function entryValue(t: OpenTradeRecord, pointValue: number): number {
  return t.qty * t.entry.price * pointValue;
}

/** Accessors shared by closed and open trades. */
abstract class TradeAccessors<T extends OpenTradeRecord> {
  protected readonly broker: BrokerEmulator;

  constructor(broker: BrokerEmulator) {
    this.broker = broker;
  }

  protected abstract trade(n: number): T | undefined;
  /** Net profit of the trade (open trades: at the current close, entry commission deducted). */
  protected abstract netProfit(t: T): number;
  /** Commission paid so far. */
  protected abstract paid(t: T): number;

  entry_bar_index(n: number): number {
    return this.trade(n)?.entry.barIndex ?? NA;
  }
  entry_comment(n: number): string | null {
    return this.trade(n)?.entry.comment ?? null;
  }
  entry_id(n: number): string | null {
    return this.trade(n)?.entryId ?? null;
  }
  entry_price(n: number): number {
    return this.trade(n)?.entry.price ?? NA;
  }
  entry_time(n: number): number {
    return this.trade(n)?.entry.time ?? NA;
  }
  commission(n: number): number {
    const t = this.trade(n);
    return t ? this.paid(t) : NA;
  }
  profit(n: number): number {
    const t = this.trade(n);
    return t ? this.netProfit(t) : NA;
  }
  profit_percent(n: number): number {
    const t = this.trade(n);
    return t ? (this.netProfit(t) / entryValue(t, this.broker.config.pointValue)) * 100 : NA;
  }
  size(n: number): number {
    const t = this.trade(n);
    return t ? (t.direction === 'long' ? t.qty : -t.qty) : NA;
  }
  max_runup(n: number): number {
    return this.trade(n)?.maxRunup ?? NA;
  }
  max_runup_percent(n: number): number {
    const t = this.trade(n);
    return t ? (t.maxRunup / entryValue(t, this.broker.config.pointValue)) * 100 : NA;
  }
  max_drawdown(n: number): number {
    const t = this.trade(n);
    return t ? -t.maxDrawdown : NA;
  }
  max_drawdown_percent(n: number): number {
    const t = this.trade(n);
    return t ? (-t.maxDrawdown / entryValue(t, this.broker.config.pointValue)) * 100 : NA;
  }
}

export class ClosedTrades extends TradeAccessors<ClosedTradeRecord> {
  /** `strategy.closedtrades` (the number of closed trades). */
  get count(): number {
    return this.broker.ledger.closed.length;
  }
  /** `strategy.closedtrades.first_index`: every closed trade is kept, so always 0. */
  get first_index(): number {
    return 0;
  }
  protected trade(n: number): ClosedTradeRecord | undefined {
    return this.broker.ledger.closed.at(n);
  }
  protected netProfit(t: ClosedTradeRecord): number {
    return t.profit;
  }
  override profit(n: number): number {
    return this.broker.ledger.closed.profit(n);
  }
  protected paid(t: ClosedTradeRecord): number {
    return t.entry.commission + t.exit.commission;
  }
  exit_bar_index(n: number): number {
    return this.trade(n)?.exit.barIndex ?? NA;
  }
  exit_comment(n: number): string | null {
    return this.trade(n)?.exit.comment ?? null;
  }
  exit_id(n: number): string | null {
    return this.trade(n)?.exitId ?? null;
  }
  exit_price(n: number): number {
    return this.trade(n)?.exit.price ?? NA;
  }
  exit_time(n: number): number {
    return this.trade(n)?.exit.time ?? NA;
  }
}

export class OpenTrades extends TradeAccessors<OpenTradeRecord> {
  /** `strategy.opentrades` (the number of open trades). */
  get count(): number {
    return this.broker.ledger.open.length;
  }
  /** `strategy.opentrades.capital_held`: margin held by the open trades at the current close. */
  get capital_held(): number {
    const b = this.broker;
    const price = b.currentPrice();
    let held = 0;
    for (const t of b.ledger.open) {
      const margin = (t.side === 1 ? b.config.marginLong : b.config.marginShort) / 100;
      held += t.qty * price * b.config.pointValue * margin;
    }
    return held;
  }
  protected trade(n: number): OpenTradeRecord | undefined {
    return Number.isInteger(n) && n >= 0 ? this.broker.openTradeRecord(n) : undefined;
  }
  protected netProfit(t: OpenTradeRecord): number {
    const price = this.broker.currentPrice();
    const side = t.direction === 'long' ? 1 : -1;
    return (
      (price - t.entry.price) * side * t.qty * this.broker.config.pointValue - t.entry.commission
    );
  }
  protected paid(t: OpenTradeRecord): number {
    return t.entry.commission;
  }
}

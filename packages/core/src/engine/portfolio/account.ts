/** Cash, positions per symbol and FIFO trades of one account; equity, margin and available funds. */
import { assert } from '../../assert.ts';
import { type CommissionModel, fillContext, type Liquidity, NO_COMMISSION } from './commission.ts';
import { type MarginModel, percentMargin } from './margin.ts';
import type { OpenTrade, Trade } from './trade.ts';

/** How a symbol trades: money per point, lot size, margin and commission. */
export interface InstrumentTerms {
  readonly pointValue: number;
  readonly lotSize: number;
  readonly margin: MarginModel;
  readonly commission: CommissionModel;
}

export const DEFAULT_TERMS: InstrumentTerms = {
  pointValue: 1,
  lotSize: 1,
  margin: percentMargin(100),
  commission: NO_COMMISSION,
};

/** Net position in one symbol, averaged at cost. */
export interface Position {
  readonly symbol: string;
  /** Signed units: positive long, negative short, 0 flat. */
  readonly qty: number;
  /** Average entry price of the open units (NaN when flat). */
  readonly avgPrice: number;
  /** Last price the position was marked at. */
  readonly mark: number;
  readonly unrealizedPnl: number;
  readonly realizedPnl: number;
}

/** A position whose mark its execution client moves on every bar (without a lookup by symbol). */
export interface MarkedPosition extends Position {
  mark: number;
}

/** Read-only money view of the account. */
export interface AccountView {
  readonly initialCash: number;
  /** Cash after realised P&L and commissions (the account's balance). */
  readonly balance: number;
  /** Balance plus unrealised P&L of all positions (backtrader `getvalue`, backtesting.py `equity`). */
  readonly equity: number;
  readonly marginUsed: number;
  /**
   * Equity minus margin used: what new positions can use. With 100 % margin this is the cash
   * left after paying for holdings (backtrader `getcash`, backtesting.py `margin_available`).
   */
  readonly available: number;
}

/** One fill as the account sees it. */
export interface FillEffect {
  readonly commission: number;
  readonly realizedPnl: number;
  readonly closedTrades: number;
}

class PositionState implements Position {
  qty = 0;
  avgPrice = Number.NaN;
  mark = Number.NaN;
  realizedPnl = 0;
  readonly open: OpenTrade[] = [];
  constructor(
    readonly symbol: string,
    readonly terms: InstrumentTerms,
  ) {}

  get unrealizedPnl(): number {
    return this.qty === 0 ? 0 : this.qty * (this.mark - this.avgPrice) * this.terms.pointValue;
  }
}

export class Account implements AccountView {
  /** A double from the start (see BrokerEmulator.peakEquity). */
  balance = Number.NaN;
  /** Closed trades in closing order. */
  readonly trades: Trade[] = [];
  private readonly positions = new Map<string, PositionState>();
  private readonly list: PositionState[] = [];
  private nextTradeId = 1;

  constructor(
    readonly initialCash: number,
    private readonly termsFor: (symbol: string) => InstrumentTerms = () => DEFAULT_TERMS,
  ) {
    assert(initialCash > 0, `initial cash must be > 0, got ${initialCash}`);
    this.balance = initialCash;
  }

  get equity(): number {
    const list = this.list;
    let equity = this.balance;
    for (let k = 0; k < list.length; k++) {
      const p = list[k]!;
      if (p.qty !== 0) equity += p.qty * (p.mark - p.avgPrice) * p.terms.pointValue;
    }
    return equity;
  }

  /**
   * Writes the equity into `series[at]`: the per-bar record of a run. A getter's number result is
   * boxed on the heap when the call is not inlined; a store into a Float64Array never is.
   */
  recordEquity(series: Float64Array, at: number): void {
    series[at] = this.equity;
  }

  get marginUsed(): number {
    let used = 0;
    for (const p of this.list) {
      if (p.qty !== 0) used += p.terms.margin.required(Math.abs(p.qty), p.mark, p.terms.pointValue);
    }
    return used;
  }

  get available(): number {
    return this.equity - this.marginUsed;
  }

  position(symbol: string): Position {
    return this.state(symbol);
  }

  /** The live position record of `symbol`, for clients that mark it on every bar. */
  marked(symbol: string): MarkedPosition {
    return this.state(symbol);
  }

  terms(symbol: string): InstrumentTerms {
    return this.state(symbol).terms;
  }

  openTrades(symbol: string): readonly OpenTrade[] {
    return this.state(symbol).open;
  }

  /** Marks a symbol's position at a new price (a bar's close). */
  mark(symbol: string, price: number): void {
    this.state(symbol).mark = price;
  }

  /**
   * Books a fill of `qty` (> 0) units: closes opposite trades first in, first out, opens the rest.
   * Commission is charged once per fill and attributed to trades by units.
   */
  fill(
    symbol: string,
    buy: boolean,
    qty: number,
    price: number,
    bar: number,
    time: number,
    tag: string,
    liquidity: Liquidity = 'taker',
  ): FillEffect {
    // The message is built only on failure: this runs on every fill.
    if (!(qty > 0 && Number.isFinite(price))) assert(false, `invalid fill of ${qty} @ ${price}`);
    const p = this.state(symbol);
    const pv = p.terms.pointValue;
    const commission = p.terms.commission.commission(
      qty,
      price,
      pv,
      fillContext(buy ? 'buy' : 'sell', liquidity),
    );
    const sign = buy ? 1 : -1;
    let remaining = qty;
    let realized = 0;
    let closedTrades = 0;
    // Close opposite trades, oldest first.
    while (remaining > 0 && p.open.length > 0 && Math.sign(p.open[0]!.size) === -sign) {
      const trade = p.open[0]!;
      const units = Math.min(remaining, Math.abs(trade.size));
      const exitCommission = (commission * units) / qty;
      const entryCommission = (trade.entryCommission * units) / Math.abs(trade.size);
      this.closeTrade(trade, units, price, bar, time, entryCommission, exitCommission, tag);
      trade.entryCommission -= entryCommission;
      trade.size += sign * units;
      if (trade.size === 0) p.open.shift();
      realized += -sign * units * (price - p.avgPrice) * pv;
      remaining -= units;
      closedTrades++;
    }
    const closedUnits = qty - remaining;
    if (closedUnits > 0) p.qty += sign * closedUnits;
    if (p.qty === 0) p.avgPrice = Number.NaN;
    if (remaining > 0) {
      const held = Math.abs(p.qty);
      p.avgPrice =
        held === 0 ? price : (p.avgPrice * held + price * remaining) / (held + remaining);
      p.qty += sign * remaining;
      p.open.push({
        id: this.nextTradeId++,
        symbol,
        size: sign * remaining,
        entryPrice: price,
        entryBar: bar,
        entryTime: time,
        entryCommission: (commission * remaining) / qty,
        tag,
      });
    }
    if (Number.isNaN(p.mark)) p.mark = price;
    p.realizedPnl += realized;
    this.balance += realized - commission;
    return { commission, realizedPnl: realized, closedTrades };
  }

  private closeTrade(
    trade: OpenTrade,
    units: number,
    price: number,
    bar: number,
    time: number,
    entryCommission: number,
    exitCommission: number,
    exitTag: string,
  ): void {
    const commission = entryCommission + exitCommission;
    const size = Math.sign(trade.size) * units;
    const pv = this.state(trade.symbol).terms.pointValue;
    const gross = size * (price - trade.entryPrice) * pv;
    this.trades.push({
      id: trade.id,
      symbol: trade.symbol,
      size,
      entryPrice: trade.entryPrice,
      entryBar: trade.entryBar,
      entryTime: trade.entryTime,
      exitPrice: price,
      exitBar: bar,
      exitTime: time,
      pnl: gross - commission,
      returnPct:
        Math.sign(size) * (price / trade.entryPrice - 1) -
        commission / (units * trade.entryPrice * pv),
      commission,
      entryCommission,
      entryTag: trade.tag,
      exitTag,
    });
  }

  private state(symbol: string): PositionState {
    let p = this.positions.get(symbol);
    if (!p) {
      p = new PositionState(symbol, this.termsFor(symbol));
      this.positions.set(symbol, p);
      this.list.push(p);
    }
    return p;
  }
}

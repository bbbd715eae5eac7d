/**
 * Open and closed trades of one run and the statistics TradingView derives from them
 * (`strategy.netprofit`, `grossprofit`, `wintrades` …). A fill that closes part of a trade splits
 * it: the closed part becomes a ClosedTradeRecord, the rest stays open.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strategies/#strategy-information
 */
import { timeAt } from '../../market/bars.ts';
import type { Writable } from '../../writable.ts';
import type { BrokerConfig } from './broker-config.ts';
import { type ClosedTradeRow, ClosedTradeTable } from './closed-trade-table.ts';
import { removeAt } from './list-removal.ts';
import type { OpenTrade } from './open-trade.ts';
import { tradeOpenProfit } from './open-trade.ts';
import type { Side } from './orders.ts';
import { type OpenTradeRecord, type TradeFill, tradeFill } from './trade-record.ts';

/**
 * The fill being booked. The broker overwrites one instance for every fill, so that a fill costs
 * no allocation; the ledger copies what it keeps and holds no reference to it.
 */
export interface FillStamp {
  bar: number;
  price: number;
  id: string;
  comment: string | null;
}

export class TradeLedger {
  readonly open: OpenTrade[] = [];
  readonly closed: ClosedTradeTable;
  /** Signed contracts held (> 0 long, < 0 short). */
  positionSize = 0;
  netProfit = 0;
  grossProfit = 0;
  grossLoss = 0;
  winTrades = 0;
  lossTrades = 0;
  evenTrades = 0;
  maxContractsHeldAll = 0;
  maxContractsHeldLong = 0;
  maxContractsHeldShort = 0;
  /** Counts changes of the open trades and net profit: caches of values derived from them compare it. */
  changes = 0;
  private serial = 0;
  private readonly config: BrokerConfig;
  /**
   * The row `closeTrade` hands to the table, overwritten for every trade: a fresh object literal
   * was the run's largest allocation (its doubles each boxed), tens of thousands per run.
   */
  private readonly row: Writable<ClosedTradeRow> = blankRow();

  private readonly times: Float64Array;

  /** `times`: the open times of the chart's bars, which fills are stamped with. */
  constructor(config: BrokerConfig, times: Float64Array) {
    this.config = config;
    this.times = times;
    this.closed = new ClosedTradeTable(times);
  }

  /** Quantity-weighted mean entry price of the open trades (`strategy.position_avg_price`); NaN when flat. */
  averagePrice(): number {
    let qty = 0;
    let value = 0;
    for (const t of this.open) {
      qty += t.qty;
      value += t.qty * t.entryPrice;
    }
    return qty > 0 ? value / qty : Number.NaN;
  }

  /** Unrealised profit of all open trades at `price` (`strategy.openprofit`, before exit commission). */
  openProfit(price: number): number {
    let sum = 0;
    for (const t of this.open) sum += tradeOpenProfit(t, price, this.config.pointValue);
    return sum;
  }

  openTrade(side: Side, qty: number, fill: FillStamp, commission: number): OpenTrade {
    const trade: OpenTrade = {
      serial: this.serial++,
      entryId: fill.id,
      entryComment: fill.comment,
      side,
      qty,
      entryPrice: fill.price,
      entryBar: fill.bar,
      entryCommission: commission,
      bestPrice: fill.price,
      worstPrice: fill.price,
      filledExitIds: null,
    };
    this.open.push(trade);
    this.changes++;
    this.positionSize += side * qty;
    this.noteHeld();
    return trade;
  }

  /** Closes `qty` of `trade` (all of it when qty >= trade.qty) at `fill`. */
  closeTrade(trade: OpenTrade, qty: number, fill: FillStamp, commission: number): void {
    const closedQty = Math.min(qty, trade.qty);
    const share = closedQty / trade.qty;
    const entryCommission = trade.entryCommission * share;
    const pv = this.config.pointValue;
    const gross = (fill.price - trade.entryPrice) * trade.side * closedQty * pv;
    const profit = gross - entryCommission - commission;
    this.changes++;
    this.netProfit += profit;
    if (profit > 0) {
      this.grossProfit += profit;
      this.winTrades++;
    } else if (profit < 0) {
      this.grossLoss -= profit;
      this.lossTrades++;
    } else this.evenTrades++;
    const pvQty = closedQty * pv;
    const row = this.row;
    row.side = trade.side;
    row.qty = closedQty;
    row.entryId = trade.entryId;
    row.entryComment = trade.entryComment;
    row.entryBar = trade.entryBar;
    row.entryPrice = trade.entryPrice;
    row.entryCommission = entryCommission;
    row.exitId = fill.id;
    row.exitComment = fill.comment;
    row.exitBar = fill.bar;
    row.exitPrice = fill.price;
    row.exitCommission = commission;
    row.maxRunup = runup(trade, pvQty, entryCommission);
    row.maxDrawdown = drawdown(trade, pvQty, entryCommission);
    row.profit = profit;
    row.profitPercent = (profit / (closedQty * trade.entryPrice * pv)) * 100;
    row.cumulativeProfit = this.netProfit - this.openEntryCommission() + entryCommission;
    this.closed.push(row);
    trade.qty -= closedQty;
    trade.entryCommission -= entryCommission;
    this.positionSize -= trade.side * closedQty;
    if (trade.qty <= 1e-12) {
      removeAt(this.open, this.open.indexOf(trade));
      if (this.open.length === 0) this.positionSize = 0;
    }
  }

  /** Open trades as records, numbered after the closed ones (`strategy.opentrades.*`). */
  openRecord(index: number): OpenTradeRecord | undefined {
    const trade = this.open[index];
    if (trade === undefined) return undefined;
    return this.describe(trade, trade.qty, this.closed.length + index + 1, trade.entryCommission);
  }

  private describe(
    trade: OpenTrade,
    qty: number,
    tradeNumber: number,
    entryCommission: number,
  ): OpenTradeRecord {
    const pv = this.config.pointValue;
    return {
      tradeNumber,
      entryId: trade.entryId,
      direction: trade.side === 1 ? 'long' : 'short',
      qty,
      entry: entryFill(trade, this.times, entryCommission),
      maxRunup: runup(trade, qty * pv, entryCommission),
      maxDrawdown: drawdown(trade, qty * pv, entryCommission),
    };
  }

  /**
   * Commission paid on the entries of the open trades, not yet part of any closed trade's profit.
   * TradingView books it at the fill: `strategy.netprofit` and the equity drop by it then.
   */
  openEntryCommission(): number {
    let paid = 0;
    for (const trade of this.open) paid += trade.entryCommission;
    return paid;
  }

  private noteHeld(): void {
    const size = this.positionSize;
    const abs = Math.abs(size);
    if (abs > this.maxContractsHeldAll) this.maxContractsHeldAll = abs;
    if (size > this.maxContractsHeldLong) this.maxContractsHeldLong = size;
    if (-size > this.maxContractsHeldShort) this.maxContractsHeldShort = -size;
  }
}

/**
 * A trade's run-up and drawdown are its best and worst open profit net of the commission its entry
 * paid: TradingView starts both at zero and never lets run-up below it nor drawdown above it
 * (pynecore's TradingView exports at 0.1 % commission: "Slippage Test - Basic Market Orders" trade
 * 2 lists a run-up of 0 where the price gain alone was 0.06 %, and a drawdown 0.10 % deeper).
 */
function runup(trade: OpenTrade, pvQty: number, entryCommission: number): number {
  return Math.max(0, (trade.bestPrice - trade.entryPrice) * trade.side * pvQty - entryCommission);
}

function drawdown(trade: OpenTrade, pvQty: number, entryCommission: number): number {
  return Math.min(0, (trade.worstPrice - trade.entryPrice) * trade.side * pvQty - entryCommission);
}

/** A row whose number fields start as doubles (V8 keeps each field's first representation). */
function blankRow(): Writable<ClosedTradeRow> {
  return {
    side: 1,
    qty: Number.NaN,
    entryId: '',
    entryComment: null,
    entryBar: -1,
    entryPrice: Number.NaN,
    entryCommission: Number.NaN,
    exitId: '',
    exitComment: null,
    exitBar: -1,
    exitPrice: Number.NaN,
    exitCommission: Number.NaN,
    maxRunup: Number.NaN,
    maxDrawdown: Number.NaN,
    profit: Number.NaN,
    profitPercent: Number.NaN,
    cumulativeProfit: Number.NaN,
  };
}

function entryFill(trade: OpenTrade, times: Float64Array, commission: number): TradeFill {
  const { entryBar, entryPrice, entryId, entryComment } = trade;
  const time = timeAt(times, entryBar);
  return tradeFill(time, entryBar, entryPrice, entryId, entryComment, commission);
}

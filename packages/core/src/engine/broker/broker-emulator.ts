/**
 * TradingView's broker emulator (the Strategy Tester): keeps the orders a strategy places at each
 * bar's close and fills them on later bars along the assumed intrabar path, with TradingView's
 * netting, reversal, pyramiding, FIFO, exit-bracket, OCA, risk and margin rules
 * (TRADINGVIEW-SEMANTICS.md; behaviour checked against the PineForge corpus' TradingView trade lists).
 *
 * Driving contract, per bar i: `beforeScript(i)` fills what is pending along bar i; the strategy
 * runs at bar i's close and calls the order methods; `afterScript(i)` fills on-close orders and
 * marks equity. `finish()` at the end closes nothing (TradingView leaves the last trade open).
 *
 * Bars on which nothing can fill are booked late: while no order is pending and the open trades
 * stay as they are, the trades' excursions and the close equity of each bar are owed, and
 * `settle()` books them in one pass over the bars before anything changes the trades or reads
 * those values. Maximum, minimum and the equity formula give the same numbers booked late as
 * booked bar by bar; a run holding a position spends a third less time in the broker.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strategies/
 */
import type { Bars } from '../../market/bars.ts';
import { lowerBound, timeAt } from '../../market/bars.ts';
import { timeframeMs } from '../../market/timeframe.ts';
import { toLocalMs } from '../../market/timezone.ts';
import type { BrokerConfig } from './broker-config.ts';
import { fillCommission } from './broker-config.ts';
import { EquityCurve } from './equity-curve.ts';
import { applyLegLevels, legQuantity, newLeg, ruleHasLevels, startTrailAt } from './exit-legs.ts';
import {
  advanceStopLimit,
  emptyTrigger,
  legTrigger,
  orderTrigger,
  TriggerKind,
  trailWalk,
} from './fill-triggers.ts';
import { removeAt } from './list-removal.ts';
import type { OpenTrade } from './open-trade.ts';
import type { OrderEventKind } from './order-log.ts';
import { OrderLog } from './order-log.ts';
import type { CloseRequest, EntryRequest, ExitRequest } from './order-requests.ts';
import { numberOrNaN, textOrNull } from './order-requests.ts';
import type { ExitLeg, ExitRule, PendingKind, PendingOrder, Side } from './orders.ts';
import { bookHeldBars, bookOwedEquity, owedRange } from './owed-bars.ts';
import {
  ceilToTick,
  floorToStep,
  floorToTick,
  limitOnGrid,
  slipTicks,
  stopOnGrid,
} from './price-grid.ts';
import { PricePath } from './price-path.ts';
import { RiskRules } from './risk-rules.ts';
import type { FillStamp } from './trade-ledger.ts';
import { TradeLedger } from './trade-ledger.ts';
import type { OpenTradeRecord } from './trade-record.ts';

const DAY_MS = 86_400_000;
const MAX_FILLS_PER_PATH = 10_000;
/** Bars the margin screen clears ahead in its first pass after a change and at most (see `screenAhead`). */
const MARGIN_SCREEN_FIRST = 32;
const MARGIN_SCREEN_AHEAD = 1024;
export const MARGIN_CALL_SIGNAL = 'Margin call';
export const CLOSE_ALL_SIGNAL = 'Close position order';
const closeSignal = (entryId: string) => `Close entry(s) order ${entryId}`;

export class BrokerEmulator {
  readonly config: BrokerConfig;
  readonly ledger: TradeLedger;
  readonly risk = new RiskRules(() => {
    this.quietThrough = -1;
  });
  readonly orderLog: OrderLog;
  /** Fills so far: a run loop implementing calc_on_order_fills compares it between calls. */
  fillCount = 0;
  private readonly bars: Bars;
  private readonly lowerBars: Bars | null;
  private readonly pending: PendingOrder[] = [];
  private readonly rules: ExitRule[] = [];
  private legs: ExitLeg[] = [];
  private seq = 0;
  private barIndex = -1;
  private pendingCloseQty = 0;
  /** Position change the market entries placed in this script pass will make at the next open. */
  private pendingMarketShift = 0;
  /** Trades those market entries will open on the side they leave the position. */
  private pendingMarketTrades = 0;
  /** True while a bar's path is being walked (legs armed then start trailing from their fill place). */
  private walking = false;
  private readonly curve: EquityCurve;
  /** Close equity is booked through bar `equityBooked` and owed through `equityThrough`. */
  private equityBooked = -1;
  private equityThrough = -1;
  /**
   * The open trades have noted the price range of bars through `excursionNoted`; the whole ranges
   * of the idle bars after it, through `excursionThrough`, are owed.
   */
  private excursionNoted = -1;
  private excursionThrough = -1;
  private readonly path = new PricePath();
  private readonly trigger = emptyTrigger();
  private readonly range = new Float64Array(2);
  private readonly fill: FillStamp = {
    bar: -1,
    price: Number.NaN,
    id: '',
    comment: null,
  };
  /** Margin-call screen (see `screenMargin`): worst prices strictly between these are safe, for ledger state `screenAt`. */
  private screenAt = -1;
  private screenLow = Number.NaN;
  private screenHigh = Number.NaN;
  /** Bars before this one clear the screen of ledger state `screenAt`. */
  private screenClearBefore = 0;
  /** Bars the next pass of `screenAhead` looks at: short after a change, doubling while the trades stay. */
  private screenSpan = MARGIN_SCREEN_FIRST;

  constructor(config: BrokerConfig, bars: Bars, lowerBars?: Bars) {
    this.config = config;
    this.bars = bars;
    this.lowerBars = config.useBarMagnifier && lowerBars !== undefined ? lowerBars : null;
    this.ledger = new TradeLedger(config, bars.time);
    this.orderLog = new OrderLog(bars.time);
    this.curve = new EquityCurve(bars.length, config.initialCapital);
  }

  // ---------------------------------------------------------------- run loop

  /**
   * Bars up to this one are quiet while the script places no order: the broker has nothing to do
   * on them but mark their equity and ranges as owed (`quietBar`). -1 = not quiet. Placing an
   * order or setting a risk limit ends it; cancelling cannot add work.
   */
  quietThrough = -1;

  /** Fills pending orders along bar `index` (before the script runs on it). */
  beforeScript(index: number): void {
    this.startBar(index);
    this.quietThrough = this.quietAfter(index);
  }

  /**
   * afterScript(index − 1) and beforeScript(index) of a bar up to `quietThrough`, which would
   * only mark the previous bar's equity and this bar's range as owed.
   */
  quietBar(index: number): void {
    this.equityThrough = index - 1;
    this.excursionThrough = index;
    this.barIndex = index;
  }

  /** Last bar after `index` that is quiet (see `quietThrough`), judged after bar `index` started. */
  private quietAfter(index: number): number {
    if (this.pending.length > 0 || this.rules.length > 0 || this.lowerBars !== null) return -1;
    if (this.risk.dayRulesActive || this.risk.lossLimitsActive) return -1;
    if (this.ledger.positionSize === 0) return this.bars.length;
    // Holding: quiet while the margin screen has cleared the bars ahead.
    return this.screenAt === this.ledger.changes ? this.screenClearBefore - 1 : index - 1;
  }

  private startBar(index: number): void {
    this.barIndex = index;
    this.pendingCloseQty = 0;
    this.pendingMarketShift = 0;
    this.pendingMarketTrades = 0;
    if (this.risk.dayRulesActive) this.rollDay();
    const b = this.bars;
    const idle = this.pending.length === 0 && this.rules.length === 0;
    if (idle && this.ledger.open.length === 0) return;
    if (this.lowerBars !== null) this.walkLowerBars(index);
    // Nothing can fill: the walk would only note the bar's range on the open trades.
    else if (idle) this.excursionThrough = index;
    else if (this.rules.length === 0 && this.onlyMarketOrders()) this.fillAtOpen(index);
    else this.walkPath(b.open[index]!, b.high[index]!, b.low[index]!, b.close[index]!);
    // The margin screen here, in the every-bar method; the exact check only when it fails.
    const size = this.ledger.positionSize;
    if (size === 0) return;
    if (this.screenAt !== this.ledger.changes) this.screenMargin(size > 0, index);
    if (index >= this.screenClearBefore) this.screenAhead(size > 0, index);
  }

  /** After the script ran on bar `index`: on-close fills, equity and risk bookkeeping. */
  afterScript(index: number): void {
    if (this.config.processOrdersOnClose && (this.pending.length > 0 || this.rules.length > 0)) {
      const close = this.bars.close[index]!;
      this.walkPath(close, close, close, close);
    }
    this.equityThrough = index;
    if (this.risk.lossLimitsActive) {
      this.settleEquity();
      this.checkLossLimits(this.bars.close[index]!, this.curve.byBar[index]!);
    }
  }

  /** End of data: books what is owed; TradingView leaves open trades open. */
  finish(): void {
    this.barIndex = this.bars.length - 1;
    this.settle();
  }

  /**
   * Books what the bars since the last change owe: the open trades' excursions and the close
   * equity of each bar. Called before anything changes the open trades or reads those values.
   * Both are owed over the same bars but for a fill during the script or a loss-limit check.
   */
  settle(): void {
    const from = this.excursionNoted + 1;
    const through = this.excursionThrough;
    const open = this.ledger.open;
    if (from === this.equityBooked + 1 && through === this.equityThrough && open.length === 1) {
      if (from > through) return;
      this.excursionNoted = through;
      this.equityBooked = through;
      const pv = this.config.pointValue;
      bookHeldBars(this.bars, from, through, open[0]!, this.cash(), pv, this.range, this.curve);
      this.noteExcursion();
      return;
    }
    this.settleExcursions();
    this.settleEquity();
  }

  private settleExcursions(): void {
    const from = this.excursionNoted + 1;
    const through = this.excursionThrough;
    if (from > through) return;
    this.excursionNoted = through;
    if (this.ledger.open.length === 0) return;
    owedRange(this.bars, from, through, this.range);
    this.noteExcursion();
  }

  private settleEquity(): void {
    const from = this.equityBooked + 1;
    const through = this.equityThrough;
    if (from > through) return;
    this.equityBooked = through;
    const { ledger, config } = this;
    bookOwedEquity(
      this.bars,
      from,
      through,
      ledger.open,
      this.cash(),
      config.pointValue,
      this.curve,
    );
  }

  /**
   * Initial capital plus net profit, less the commission the open entries paid: TradingView books
   * an entry's commission when it fills (pynecore's TradingView export "Slippage Test -
   * Pyramiding": the second entry's 10 % of equity is 999.95 = 10 % of 10,000 − 0.999 + 0.548).
   */
  cash(): number {
    return this.config.initialCapital + this.ledger.netProfit - this.ledger.openEntryCommission();
  }

  // ---------------------------------------------------------------- reports

  /**
   * Close equity bar by bar (`strategy.equity` as each bar ended; NaN before it ran) and its max
   * drawdown and run-up (`strategy.max_drawdown`, `strategy.max_runup`), booked through the last
   * bar that ended.
   */
  equityCurve(): Readonly<EquityCurve> {
    this.settle();
    return this.curve;
  }

  /** Open trade `index` (0 = oldest) as a record with its excursions so far; undefined when none. */
  openTradeRecord(index: number): OpenTradeRecord | undefined {
    this.settle();
    return this.ledger.openRecord(index);
  }

  /** Every open trade as a record, oldest first. */
  openTradeRecords(): OpenTradeRecord[] {
    this.settle();
    return this.ledger.open.map((_, i) => this.ledger.openRecord(i)!);
  }

  // ---------------------------------------------------------------- account values

  /** Open time of the bar the broker is on (fills and log lines keep its index). */
  private barTime(): number {
    return timeAt(this.bars.time, this.barIndex);
  }

  /** Close of the bar the script is on: open profit and sizing are valued there. */
  currentPrice(): number {
    return this.barIndex >= 0 ? this.bars.close[this.barIndex]! : Number.NaN;
  }

  openProfit(): number {
    return this.ledger.open.length === 0 ? 0 : this.ledger.openProfit(this.currentPrice());
  }

  /** initial capital + net profit + open profit (`strategy.equity`). */
  equity(): number {
    return this.cash() + this.openProfit();
  }

  /**
   * Contracts an entry without `qty` trades at `price` (`strategy.default_entry_qty`): fixed, cash
   * or percent of equity; computed sizes round down to the lot step. Percent-of-equity sizing
   * leaves room for the entry's commission (corpus order-percent-equity-cash-commission-01:
   * (250,000 − 1.5) / 1803.34 = 138.6308).
   */
  defaultQty(price: number): number {
    const c = this.config;
    const value = c.defaultQtyValue;
    if (c.defaultQtyType === 'fixed') return value;
    const unit = price * c.pointValue;
    if (c.defaultQtyType === 'cash') return floorToStep(value / unit, c.qtyStep);
    const budget = (this.equity() * value) / 100;
    const fee = c.commissionValue > 0 ? c.commissionValue : 0;
    switch (c.commissionType) {
      case 'percent':
        return floorToStep(budget / (unit * (1 + fee / 100)), c.qtyStep);
      case 'cash_per_contract':
        return floorToStep(budget / (unit + fee), c.qtyStep);
      case 'cash_per_order':
        return floorToStep((budget - fee) / unit, c.qtyStep);
    }
  }

  /** Size of a new entry or order: its `qty` rounded down to the lot step, else the default size. */
  private orderQty(request: EntryRequest): number {
    const explicit = numberOrNaN(request.qty);
    return explicit > 0
      ? floorToStep(explicit, this.config.qtyStep)
      : this.defaultQty(this.currentPrice());
  }

  /** Price at which the position would be margin-called (`strategy.margin_liquidation_price`); NaN if none. */
  marginLiquidationPrice(): number {
    const size = this.ledger.positionSize;
    if (size === 0) return Number.NaN;
    const long = size > 0;
    const m = (long ? this.config.marginLong : this.config.marginShort) / 100;
    if (!(m > 0)) return Number.NaN;
    const qty = Math.abs(size) * this.config.pointValue;
    const cash = this.cash();
    const avg = this.ledger.averagePrice();
    // equity(p) = cash + (p − avg)·qty·side = margin(p) = |p|·qty·m, solved for p.
    const price = long
      ? (avg * qty - cash) / (qty * (1 - m))
      : (cash + avg * qty) / (qty * (1 + m));
    if (!(price > 0) || !Number.isFinite(price)) return Number.NaN;
    return long ? floorToTick(price, this.config.mintick) : ceilToTick(price, this.config.mintick);
  }

  /** Pending (unfilled) orders, in priority order; read-only view for reports and tests. */
  pendingOrders(): readonly PendingOrder[] {
    return this.pending;
  }

  // ---------------------------------------------------------------- order methods

  /** `strategy.entry`: pyramiding, reversal (adds the opposite position), allow_entry_in. */
  entry(id: string, direction: 'long' | 'short', request: EntryRequest = {}): void {
    this.quietThrough = -1;
    const side: Side = direction === 'long' ? 1 : -1;
    if (this.risk.halted) {
      this.note(id, 'ignored', 'trading stopped by a risk rule');
      return;
    }
    const size = this.ledger.positionSize;
    const held = Math.sign(size);
    const closeOnly = !this.risk.allows(side);
    if (closeOnly && held !== -side) {
      this.note(id, 'ignored', `entries ${direction} not allowed`);
      return;
    }
    // Pyramiding and reversal are judged on the position at the next open: the market entries
    // placed before this one in the same pass fill there first. Corpus: two market longs placed
    // together while flat open one trade under pyramiding 1 (mtf-roll-state-60-240-d-minimal-01,
    // trade 77); a market long and a stop short placed together while flat — the stop, filling
    // later, reverses the long (pyramid-deferred-flip-close-all-01, trade 1514).
    const projected = size + this.pendingMarketShift;
    const projectedSide = Math.sign(projected);
    const trades =
      (held === projectedSide ? this.ledger.open.length : 0) + this.pendingMarketTrades;
    if (projectedSide === side && trades >= Math.max(1, this.config.pyramiding)) {
      this.note(id, 'ignored', 'pyramiding limit reached');
      return;
    }
    const base = this.orderQty(request);
    const opposite =
      projectedSide === -side ? Math.max(0, Math.abs(projected) - this.pendingCloseQty) : 0;
    const qty = closeOnly ? opposite : base + opposite;
    if (!(qty > 0)) {
      this.note(id, 'ignored', 'quantity is zero');
      return;
    }
    const order = this.place('entry', id, side, qty, request, held === side, closeOnly);
    if (Number.isNaN(order.limit) && Number.isNaN(order.stop)) {
      this.pendingMarketShift += side * qty;
      this.pendingMarketTrades =
        (opposite > 0 ? 0 : this.pendingMarketTrades) + (closeOnly ? 0 : 1);
    }
  }

  /** `strategy.order`: a raw order; no pyramiding limit, no reversal sizing. */
  order(id: string, direction: 'long' | 'short', request: EntryRequest = {}): void {
    this.quietThrough = -1;
    if (this.risk.halted) {
      this.note(id, 'ignored', 'trading stopped by a risk rule');
      return;
    }
    const qty = this.orderQty(request);
    if (!(qty > 0)) {
      this.note(id, 'ignored', 'quantity is zero');
      return;
    }
    this.place('order', id, direction === 'long' ? 1 : -1, qty, request, false, false);
  }

  /** `strategy.exit`: a bracket per trade of `fromEntry` (or of every entry); same id modifies. */
  exit(id: string, request: ExitRequest = {}): void {
    this.quietThrough = -1;
    const existing = this.rules.find((r) => r.id === id);
    const rule: ExitRule = existing ?? {
      seq: this.seq++,
      id,
      fromEntry: null,
      qty: Number.NaN,
      qtyPercent: Number.NaN,
      profitTicks: Number.NaN,
      lossTicks: Number.NaN,
      limitPrice: Number.NaN,
      stopPrice: Number.NaN,
      trailPrice: Number.NaN,
      trailPoints: Number.NaN,
      trailOffset: Number.NaN,
      ocaName: null,
      comment: null,
      commentProfit: null,
      commentLoss: null,
      commentTrailing: null,
      attached: false,
    };
    const fromEntry = textOrNull(request.fromEntry);
    rule.fromEntry = fromEntry === '' ? null : fromEntry;
    rule.qty = positiveOrNaN(request.qty);
    rule.qtyPercent = positiveOrNaN(request.qtyPercent);
    rule.profitTicks = numberOrNaN(request.profit);
    rule.lossTicks = numberOrNaN(request.loss);
    rule.limitPrice = numberOrNaN(request.limit);
    rule.stopPrice = numberOrNaN(request.stop);
    rule.trailPrice = numberOrNaN(request.trailPrice);
    rule.trailPoints = numberOrNaN(request.trailPoints);
    rule.trailOffset = numberOrNaN(request.trailOffset);
    rule.ocaName = textOrNull(request.ocaName);
    rule.comment = textOrNull(request.comment);
    rule.commentProfit = textOrNull(request.commentProfit);
    rule.commentLoss = textOrNull(request.commentLoss);
    rule.commentTrailing = textOrNull(request.commentTrailing);
    if (!ruleHasLevels(rule)) {
      if (existing) this.removeRule(existing, 'modified without levels');
      this.note(id, 'ignored', 'exit without profit, limit, loss, stop or trailing stop');
      return;
    }
    if (!existing) this.rules.push(rule);
    this.rearm(rule);
  }

  /** `strategy.close`: market exit of the trades opened by entry `id`. */
  close(id: string, request: CloseRequest = {}): void {
    this.quietThrough = -1;
    let open = 0;
    for (const t of this.ledger.open) if (t.entryId === id) open += t.qty;
    if (open === 0) {
      this.note(id, 'ignored', 'no open trade with this entry id');
      return;
    }
    const qty = closeAmount(open, numberOrNaN(request.qty), numberOrNaN(request.qtyPercent));
    this.pendingCloseQty += qty;
    const order = this.placeClose('close', id, request);
    order.qty = numberOrNaN(request.qty);
    order.qtyPercent = numberOrNaN(request.qtyPercent);
    if (request.immediately === true) this.fillNow(order);
  }

  /** `strategy.close_all`: market exit of the whole position. */
  closeAll(request: CloseRequest = {}): void {
    this.quietThrough = -1;
    const size = this.ledger.positionSize;
    if (size === 0) {
      this.note('close_all', 'ignored', 'no position');
      return;
    }
    this.pendingCloseQty += Math.abs(size);
    const order = this.placeClose('close_all', CLOSE_ALL_SIGNAL, request);
    // It closes the position held now, side and size: an entry that fills before it on the same
    // bar and reverses or adds to the position keeps what it opened (TradingView's trades in
    // corpus pyramid-deferred-flip-close-all-01).
    order.side = size > 0 ? -1 : 1;
    order.qty = Math.abs(size);
    if (request.immediately === true) this.fillNow(order);
  }

  /** `strategy.cancel`: removes unfilled orders and exit brackets with this id. */
  cancel(id: string): void {
    for (let k = this.pending.length - 1; k >= 0; k--)
      if (this.pending[k]!.id === id) this.dropOrder(k, 'strategy.cancel');
    const rule = this.rules.find((r) => r.id === id);
    if (rule) this.removeRule(rule, 'strategy.cancel');
  }

  /** `strategy.cancel_all`: removes every unfilled order and exit bracket. */
  cancelAll(): void {
    for (let k = this.pending.length - 1; k >= 0; k--) this.dropOrder(k, 'strategy.cancel_all');
    for (let k = this.rules.length - 1; k >= 0; k--)
      this.removeRule(this.rules[k]!, 'strategy.cancel_all');
  }

  // ---------------------------------------------------------------- placing

  private place(
    kind: PendingKind,
    id: string,
    side: Side,
    qty: number,
    request: EntryRequest,
    sameDirection: boolean,
    closeOnly: boolean,
  ): PendingOrder {
    const tick = this.config.mintick;
    const buy = side === 1;
    const limit = numberOrNaN(request.limit);
    const stop = numberOrNaN(request.stop);
    const limitLevel = limitOnGrid(limit, buy, tick);
    const stopLevel = stopOnGrid(stop, buy, tick);
    let order = this.findPending(kind, id);
    if (order === undefined) {
      order = blankOrder(this.seq++, kind, id);
      this.pending.push(order);
    }
    order.side = side;
    order.qty = qty;
    order.limit = limitLevel;
    order.stop = stopLevel;
    order.stopTriggered = false;
    order.ocaName = textOrNull(request.ocaName);
    order.ocaType = request.ocaType ?? 'none';
    order.comment = textOrNull(request.comment);
    order.placedBar = this.barIndex;
    order.placedSameDirection = sameDirection;
    order.closeOnly = closeOnly;
    return order;
  }

  private placeClose(kind: 'close' | 'close_all', id: string, request: CloseRequest): PendingOrder {
    let order = this.findPending(kind, id);
    if (order === undefined) {
      order = blankOrder(this.seq++, kind, id);
      this.pending.push(order);
    }
    order.comment = textOrNull(request.comment);
    order.placedBar = this.barIndex;
    return order;
  }

  private findPending(kind: PendingKind, id: string): PendingOrder | undefined {
    for (const order of this.pending) if (order.kind === kind && order.id === id) return order;
    return undefined;
  }

  /** Fills a market order at this bar's close, during the script (`immediately = true`). */
  private fillNow(order: PendingOrder): void {
    const close = this.currentPrice();
    this.settle();
    this.path.load(close, close, close, close);
    this.execute(order, close, TriggerKind.Market);
  }

  // ---------------------------------------------------------------- filling

  private walkLowerBars(index: number): void {
    const lower = this.lowerBars!;
    const start = this.bars.time[index]!;
    const end =
      index + 1 < this.bars.length
        ? this.bars.time[index + 1]!
        : start + timeframeMs(this.bars.timeframe);
    const from = lowerBound(lower.time, start);
    const to = lowerBound(lower.time, end);
    if (from === to) {
      const b = this.bars;
      this.walkPath(b.open[index]!, b.high[index]!, b.low[index]!, b.close[index]!);
      return;
    }
    for (let j = from; j < to; j++)
      this.walkPath(lower.open[j]!, lower.high[j]!, lower.low[j]!, lower.close[j]!);
  }

  private onlyMarketOrders(): boolean {
    for (const order of this.pending)
      if (!Number.isNaN(order.limit) || !Number.isNaN(order.stop)) return false;
    return true;
  }

  /**
   * The walk of a bar whose pending orders are all market orders and that has no exit brackets:
   * they fill at the open one after the other in placement order (rule 1), as the walk would
   * take them, and the trades open after them see the whole bar, owed like an idle bar's range.
   */
  private fillAtOpen(index: number): void {
    const open = this.bars.open[index]!;
    this.settle();
    this.walking = true;
    // The trades the fills close saw the open (the walk's advance to place 0).
    this.range[0] = open;
    this.range[1] = open;
    this.noteExcursion();
    while (this.pending.length > 0) this.execute(this.pending[0]!, open, TriggerKind.Market);
    this.walking = false;
    this.excursionNoted = index - 1;
    this.excursionThrough = index;
  }

  /** Fills everything that triggers along one open → extreme → extreme → close path. */
  private walkPath(open: number, high: number, low: number, close: number): void {
    this.settle();
    // This walk notes the current bar's prices on the open trades itself.
    this.excursionNoted = this.barIndex;
    this.excursionThrough = this.barIndex;
    this.path.load(open, high, low, close);
    this.walking = true;
    let place = 0;
    const slack = this.config.fillLimitsAssumption * this.config.mintick;
    for (let guard = 0; guard < MAX_FILLS_PER_PATH; guard++) {
      let bestOrder: PendingOrder | null = null;
      let bestLeg: ExitLeg | null = null;
      let bestPlace = -1;
      let bestPrice = Number.NaN;
      let bestKind = TriggerKind.Market;
      let bestSeq = 0;
      const t = this.trigger;
      for (const order of this.pending) {
        orderTrigger(order, this.path, place, slack, t);
        if (t.place < 0) continue;
        if (
          earlier(t.place, t.kind, order.seq, bestPlace, bestKind, bestSeq) ||
          longStopWinsTie(order, t.place, t.kind, bestOrder, bestPlace, bestKind)
        ) {
          bestOrder = order;
          bestLeg = null;
          bestPlace = t.place;
          bestPrice = t.price;
          bestKind = t.kind;
          bestSeq = order.seq;
        }
      }
      for (const leg of this.legs) {
        if (leg.done) continue;
        legTrigger(leg, this.path, place, t);
        if (t.place < 0) continue;
        if (earlier(t.place, t.kind, leg.rule.seq, bestPlace, bestKind, bestSeq)) {
          bestOrder = null;
          bestLeg = leg;
          bestPlace = t.place;
          bestPrice = t.price;
          bestKind = t.kind;
          bestSeq = leg.rule.seq;
        }
      }
      if (bestPlace < 0) break;
      this.advance(place, bestPlace);
      place = bestPlace;
      if (bestOrder !== null) this.execute(bestOrder, bestPrice, bestKind, bestPlace);
      else if (bestLeg !== null) this.executeLeg(bestLeg, bestPrice, bestKind);
    }
    this.advance(place, 3);
    this.walking = false;
  }

  /** Moves the bar from one place to a later one: trade excursions, trailing stops, stop-limits. */
  private advance(from: number, to: number): void {
    if (this.ledger.open.length > 0) {
      this.path.range(from, to, this.range);
      this.noteExcursion();
    }
    for (const leg of this.legs)
      if (!leg.done && !Number.isNaN(leg.trailActivation))
        trailWalk(leg, this.path, from, to, true);
    for (const order of this.pending) advanceStopLimit(order, this.path, from, to);
  }

  /**
   * Best and worst prices of the open trades after the price went through `range` ([low, high]),
   * passed in the array: double arguments of a call V8 does not inline are boxed, once per bar.
   */
  private noteExcursion(): void {
    const lo = this.range[0]!;
    const hi = this.range[1]!;
    for (const trade of this.ledger.open) {
      if (trade.side === 1) {
        if (hi > trade.bestPrice) trade.bestPrice = hi;
        if (lo < trade.worstPrice) trade.worstPrice = lo;
      } else {
        if (lo < trade.bestPrice) trade.bestPrice = lo;
        if (hi > trade.worstPrice) trade.worstPrice = hi;
      }
    }
  }

  /** The fill about to be booked, in the one FillStamp every fill overwrites. */
  private stamp(id: string, comment: string | null, price: number): FillStamp {
    const fill = this.fill;
    fill.bar = this.barIndex;
    fill.price = price;
    fill.id = id;
    fill.comment = comment;
    return fill;
  }

  /** Slippage: whole ticks against the trader on market and stop fills, never on limits. */
  private slipped(price: number, side: Side, kind: TriggerKind): number {
    const ticks = this.config.slippage;
    if (!(ticks > 0) || kind === TriggerKind.Limit) return price;
    return slipTicks(price, side === 1, ticks, this.config.mintick);
  }

  /** `place` is where on the current path the order triggered (0 for fills outside a walk). */
  private execute(order: PendingOrder, rawPrice: number, kind: TriggerKind, place = 0): void {
    const index = this.pending.indexOf(order);
    if (index >= 0) removeAt(this.pending, index);
    const closing = order.kind === 'close' || order.kind === 'close_all';
    if (order.kind === 'close') order.side = this.ledger.positionSize > 0 ? -1 : 1;
    const price = this.slipped(rawPrice, order.side, kind);
    if (closing) this.fillClose(order, price);
    else this.fillEntry(order, price, kind === TriggerKind.Stop ? this.nextVertex(place) : price);
  }

  /**
   * A risk close caused by a fill at `place` happens at the path's next vertex: a stop entry
   * triggered inside a segment is closed at the extreme that segment runs to. TradingView's
   * "Close Position (Max number of filled orders in one day)" after a buy stop filled inside the
   * bar is listed at the bar's high (corpus composite-bracket-cap-range-pending-stop-01, trade 9:
   * buy stop 1881.28 on a bar 1878.10/1882.74/1877.12/1877.57 → closed at 1882.74); after a fill
   * at the open it is listed at the open.
   */
  private nextVertex(place: number): number {
    return this.path.points[Math.min(3, Math.ceil(place))]!;
  }

  private fillEntry(order: PendingOrder, price: number, riskClosePrice: number): void {
    const size = this.ledger.positionSize;
    const held = Math.sign(size);
    const isEntry = order.kind === 'entry';
    if (this.risk.halted && !order.closeOnly) {
      this.log(order, 'cancelled', 'risk halt', price);
      return;
    }
    if (order.closeOnly && held !== -order.side) {
      this.log(order, 'cancelled', 'nothing to close', price);
      return;
    }
    if (
      isEntry &&
      order.placedSameDirection &&
      held === order.side &&
      this.ledger.open.length >= Math.max(1, this.config.pyramiding)
    ) {
      this.log(order, 'cancelled', 'pyramiding limit reached', price);
      return;
    }
    const closing = held === -order.side ? Math.min(order.qty, Math.abs(size)) : 0;
    let opening = order.closeOnly ? 0 : order.qty - closing;
    if (opening > 0 && Number.isFinite(this.risk.maxPositionSize)) {
      const room = this.risk.maxPositionSize - (held === order.side ? Math.abs(size) : 0);
      opening = Math.max(0, Math.min(opening, room));
    }
    if (opening > 0 && isEntry && !this.marginAllows(order.side, opening, price, closing)) {
      if (closing === 0) {
        this.log(order, 'rejected', 'not enough margin', price);
        return;
      }
      opening = 0;
    }
    if (closing + opening <= 0) {
      this.log(order, 'cancelled', 'quantity is zero', price);
      return;
    }
    const commission = fillCommission(this.config, closing + opening, price);
    const share = commission / (closing + opening);
    const fill = this.stamp(order.id, order.comment, price);
    if (closing > 0) this.closeFifo(closing, null, fill, share * closing);
    if (opening > 0) this.ledger.openTrade(order.side, opening, fill, share * opening);
    this.log(order, 'filled', closing > 0 && opening > 0 ? 'reversal' : 'filled', price);
    this.applyOca(order, closing + opening);
    this.afterFill(price, riskClosePrice);
  }

  private fillClose(order: PendingOrder, price: number): void {
    if (order.kind === 'close_all' && Math.sign(this.ledger.positionSize) !== -order.side) {
      this.log(order, 'cancelled', 'the position it closes was reversed', price);
      return;
    }
    let qty = Math.abs(this.ledger.positionSize);
    if (order.kind === 'close_all') qty = Math.min(qty, order.qty);
    let entryId: string | null = null;
    if (order.kind === 'close') {
      entryId = order.id;
      let open = 0;
      for (const t of this.ledger.open) if (t.entryId === order.id) open += t.qty;
      qty = closeAmount(open, order.qty, order.qtyPercent);
    }
    if (!(qty > 0)) {
      this.log(order, 'cancelled', 'nothing to close', price);
      return;
    }
    const exitId = order.kind === 'close' ? closeSignal(order.id) : CLOSE_ALL_SIGNAL;
    const fill = this.stamp(exitId, order.comment, price);
    this.closeFifo(qty, entryId, fill, fillCommission(this.config, qty, price));
    this.log(
      order,
      'filled',
      order.kind === 'close' ? 'strategy.close' : 'strategy.close_all',
      price,
    );
    this.afterFill(price);
  }

  private executeLeg(leg: ExitLeg, rawPrice: number, kind: TriggerKind): void {
    const { rule, trade } = leg;
    const exitSide = -trade.side as Side;
    const price = this.slipped(rawPrice, exitSide, kind);
    const qty = Math.min(leg.qty, trade.qty);
    leg.done = true;
    const specific =
      kind === TriggerKind.Limit
        ? rule.commentProfit
        : kind === TriggerKind.Stop
          ? rule.commentLoss
          : rule.commentTrailing;
    const fill = this.stamp(rule.id, specific ?? rule.comment, price);
    const commission = fillCommission(this.config, qty, price);
    if (this.config.closeEntriesRule === 'FIFO') this.closeFifo(qty, null, fill, commission);
    else this.ledger.closeTrade(trade, qty, fill, commission);
    (trade.filledExitIds ??= new Set()).add(rule.id);
    const reason =
      kind === TriggerKind.Limit ? 'limit' : kind === TriggerKind.Stop ? 'stop' : 'trailing stop';
    this.orderLog.push(this.barIndex, rule.id, 'filled', reason, qty, price);
    if (rule.ocaName !== null)
      for (const other of this.legs)
        if (!other.done && other.rule !== rule && other.rule.ocaName === rule.ocaName)
          other.done = true;
    this.afterFill(price);
  }

  /**
   * Closes `qty` contracts: under FIFO (or when no entry id is targeted) from the oldest trade on,
   * under ANY from the trades of `entryId`. Commission is shared by quantity.
   */
  private closeFifo(
    qty: number,
    entryId: string | null,
    fill: FillStamp,
    commission: number,
  ): void {
    const any = this.config.closeEntriesRule === 'ANY' && entryId !== null;
    let left = qty;
    const perContract = commission / qty;
    for (let k = 0; k < this.ledger.open.length && left > 1e-12; ) {
      const trade = this.ledger.open[k]!;
      if (any && trade.entryId !== entryId) {
        k++;
        continue;
      }
      const part = Math.min(left, trade.qty);
      const before = this.ledger.open.length;
      this.ledger.closeTrade(trade, part, fill, perContract * part);
      left -= part;
      if (this.ledger.open.length === before) k++;
    }
  }

  private marginAllows(side: Side, opening: number, price: number, closing: number): boolean {
    const m = (side === 1 ? this.config.marginLong : this.config.marginShort) / 100;
    if (!(m > 0)) return true;
    const held =
      Math.sign(this.ledger.positionSize) === side ? Math.abs(this.ledger.positionSize) : 0;
    const after = held + opening;
    const open = closing > 0 ? 0 : this.ledger.openProfit(price);
    const equity = this.cash() + open;
    return after * price * this.config.pointValue * m <= equity * (1 + 1e-12);
  }

  private applyOca(order: PendingOrder, filled: number): void {
    if (order.ocaName === null || order.ocaType === 'none') return;
    for (let k = this.pending.length - 1; k >= 0; k--) {
      const other = this.pending[k]!;
      if (other.ocaName !== order.ocaName) continue;
      if (order.ocaType === 'cancel') this.dropOrder(k, `OCA cancel by ${order.id}`);
      else if (other.kind === 'entry' || other.kind === 'order') {
        other.qty -= filled;
        if (!(other.qty > 1e-12)) this.dropOrder(k, `OCA reduce by ${order.id}`);
      }
    }
  }

  /** Bookkeeping after any fill: intraday cap, exit legs following the position. */
  private afterFill(price: number, riskClosePrice = price): void {
    this.fillCount++;
    const risk = this.risk;
    if (Number.isFinite(risk.maxIntradayFilledOrders)) {
      risk.filledToday++;
      if (risk.filledToday >= risk.maxIntradayFilledOrders && !risk.haltedToday)
        this.halt(false, 'Close Position (Max number of filled orders in one day)', riskClosePrice);
    }
    if (this.ledger.open.length === 0) {
      for (let k = this.rules.length - 1; k >= 0; k--)
        if (this.rules[k]!.attached) this.rules.splice(k, 1);
      if (this.legs.length > 0) this.legs = [];
    } else {
      if (this.legs.length > 0) {
        this.legs = this.legs.filter(
          (leg) => !leg.done && leg.trade.qty > 1e-12 && this.isOpen(leg.trade),
        );
        for (const leg of this.legs) if (leg.qty > leg.trade.qty) leg.qty = leg.trade.qty;
      }
      if (this.rules.length > 0) this.dropSpentRules();
    }
    this.armLegs();
  }

  /**
   * An exit for one entry id dies with the last trade of that entry, also when a reversal leaves
   * the position open the other way: the old long's stop must not fire on the next long's fill
   * (pynecore's TradingView export "Slippage Test - Limit Orders", trade 39: a long reversed to a
   * short and back; TradingView's stop for the new long sits 1 % under its own price).
   */
  private dropSpentRules(): void {
    for (let k = this.rules.length - 1; k >= 0; k--) {
      const rule = this.rules[k]!;
      if (!rule.attached || rule.fromEntry === null) continue;
      if (!this.ledger.open.some((t) => t.entryId === rule.fromEntry)) this.rules.splice(k, 1);
    }
  }

  private isOpen(trade: OpenTrade): boolean {
    return this.ledger.open.includes(trade);
  }

  /** Gives every open trade the legs of the exit rules that serve it and have not filled on it. */
  private armLegs(): void {
    for (const rule of this.rules) {
      for (const trade of this.ledger.open) {
        if (rule.fromEntry !== null && rule.fromEntry !== trade.entryId) continue;
        if (trade.filledExitIds?.has(rule.id)) continue;
        if (this.legs.some((leg) => leg.rule === rule && leg.trade === trade)) continue;
        let reserved = 0;
        for (const leg of this.legs) if (leg.trade === trade && !leg.done) reserved += leg.qty;
        const qty = legQuantity(rule, trade, reserved, this.config.qtyStep);
        if (!(qty > 0)) continue;
        rule.attached = true;
        const leg = newLeg(rule, trade, qty, this.config);
        if (!this.walking) startTrailAt(leg, this.currentPrice());
        this.legs.push(leg);
      }
    }
  }

  /** A modified rule keeps its legs (quantity and trailing progress) and takes the new levels. */
  private rearm(rule: ExitRule): void {
    for (const leg of this.legs)
      if (leg.rule === rule && !leg.done) applyLegLevels(leg, this.config);
    this.armLegs();
  }

  private removeRule(rule: ExitRule, reason: string): void {
    this.rules.splice(this.rules.indexOf(rule), 1);
    this.legs = this.legs.filter((leg) => leg.rule !== rule);
    this.note(rule.id, 'cancelled', reason);
  }

  private dropOrder(index: number, reason: string): void {
    const [order] = this.pending.splice(index, 1);
    if (order) this.log(order, 'cancelled', reason, Number.NaN);
  }

  // ---------------------------------------------------------------- risk and margin

  /** Stops trading for the day or for good: cancels orders, closes the position at `price`. */
  private halt(forGood: boolean, signal: string, price: number): void {
    if (forGood) this.risk.haltedForGood = true;
    else this.risk.haltedToday = true;
    this.risk.haltReason = signal;
    for (let k = this.pending.length - 1; k >= 0; k--) this.dropOrder(k, signal);
    const size = Math.abs(this.ledger.positionSize);
    if (size > 0) {
      this.settle();
      const fill = this.stamp(signal, null, price);
      this.closeFifo(size, null, fill, fillCommission(this.config, size, price));
      this.orderLog.push(this.barIndex, signal, 'filled', 'risk rule', size, price);
      this.legs = [];
      for (let k = this.rules.length - 1; k >= 0; k--)
        if (this.rules[k]!.attached) this.rules.splice(k, 1);
    }
  }

  private rollDay(): void {
    const tz = this.config.timezone;
    const local = tz === 'UTC' ? this.barTime() : toLocalMs(tz, this.barTime());
    const day = Math.floor(local / DAY_MS);
    const risk = this.risk;
    if (day === risk.day) return;
    this.settleEquity();
    const equity =
      this.barIndex > 0 ? this.curve.byBar[this.barIndex - 1]! : this.config.initialCapital;
    if (!Number.isNaN(risk.day)) {
      risk.consecutiveLossDays = equity < risk.equityAtDayStart ? risk.consecutiveLossDays + 1 : 0;
      if (risk.consecutiveLossDays >= risk.maxConsLossDays && !risk.haltedForGood)
        this.halt(
          true,
          'Close Position (Max consecutive loss days)',
          this.bars.open[this.barIndex]!,
        );
    }
    risk.day = day;
    risk.filledToday = 0;
    risk.haltedToday = false;
    risk.equityAtDayStart = Number.isNaN(equity) ? this.config.initialCapital : equity;
  }

  /** max_intraday_loss and max_drawdown, checked at the close. */
  private checkLossLimits(close: number, equity: number): void {
    const risk = this.risk;
    if (Number.isFinite(risk.maxIntradayLoss) && !risk.halted) {
      const limit = RiskRules.amount(
        risk.maxIntradayLoss,
        risk.maxIntradayLossType,
        risk.equityAtDayStart,
      );
      if (risk.equityAtDayStart - equity >= limit)
        this.halt(false, 'Close Position (Max intraday loss)', close);
    }
    if (Number.isFinite(risk.maxDrawdown) && !risk.haltedForGood) {
      const peak = this.curve.peak;
      const limit = RiskRules.amount(risk.maxDrawdown, risk.maxDrawdownType, peak);
      if (peak - equity >= limit) this.halt(true, 'Close Position (Max drawdown)', close);
    }
  }

  /**
   * Margin call (TradingView user manual, "Margin"): at the bar's worst price for the position,
   * when equity no longer covers the margin, liquidate four times the contracts needed to cover
   * the shortfall (at least one lot step), at that price. Called with a position that the
   * screen (`screenMargin`) did not clear, and its side's worst price of the bar.
   */
  private checkMarginCall(long: boolean, worst: number): void {
    const size = this.ledger.positionSize;
    const i = this.barIndex;
    const m = (long ? this.config.marginLong : this.config.marginShort) / 100;
    if (!(m > 0)) return;
    const pv = this.config.pointValue;
    const equity = this.cash() + this.ledger.openProfit(worst);
    const available = equity - Math.abs(size) * worst * pv * m;
    if (available >= 0) return;
    const cover = Math.max(
      floorToStep(-available / (worst * pv), this.config.qtyStep),
      this.config.qtyStep,
    );
    const qty = Math.min(Math.abs(size), cover * 4);
    this.settle();
    const fill = this.stamp(MARGIN_CALL_SIGNAL, null, worst);
    this.closeFifo(qty, null, fill, fillCommission(this.config, qty, worst));
    this.orderLog.push(i, MARGIN_CALL_SIGNAL, 'filled', 'margin call', qty, worst);
    this.afterFill(worst);
  }

  /**
   * A cheap screen before the exact margin check, which sums every open trade: while the open
   * trades stay as they are, equity minus the margin they need is linear in the price,
   * slack(p) = base + slope × p (from their average entry price). The screen is the range of the
   * bar's worst price (a long's low, a short's high) where slack(p) exceeds 1e-6 of the sizes
   * that make it up, (|cash| + |avg × qty| + (qty + |slope|) × p), far above any rounding of the
   * exact sum: those bars are clearly covered. Prices outside are left to the exact check, so
   * margin calls happen exactly where they would without the screen. No margin: every price is safe.
   */
  private screenMargin(long: boolean, index: number): void {
    const ledger = this.ledger;
    const m = (long ? this.config.marginLong : this.config.marginShort) / 100;
    const qty = Math.abs(ledger.positionSize) * this.config.pointValue;
    const cash = this.cash();
    const avg = ledger.averagePrice();
    const tolerance = 1e-6;
    // slack(p) = base + slope·p > tolerance·(size + scale·p) ⇔ (slope − tolerance·scale)·p > gap.
    const base = long ? cash - avg * qty : cash + avg * qty; // cash ± (p − avg)·qty − p·qty·m
    const slope = long ? qty * (1 - m) : -qty * (1 + m);
    const size = Math.abs(cash) + Math.abs(avg * qty);
    const scale = qty + Math.abs(slope);
    const rate = slope - tolerance * scale;
    const gap = tolerance * size - base;
    this.screenLow = Number.NEGATIVE_INFINITY;
    this.screenHigh = Number.POSITIVE_INFINITY;
    if (!(m > 0)) {
      // no margin: nothing to screen
    } else if (rate > 0) this.screenLow = gap / rate;
    else if (rate < 0) this.screenHigh = gap / rate;
    else if (!(gap < 0)) this.screenLow = Number.POSITIVE_INFINITY;
    this.screenAt = ledger.changes;
    this.screenClearBefore = index;
    this.screenSpan = MARGIN_SCREEN_FIRST;
  }

  /**
   * The screen for bar `index` and up to MARGIN_SCREEN_AHEAD bars after it, in one pass: bars
   * that clear it need no check while the open trades stay as they are (a change re-screens,
   * above); the exact check runs on `index` when it does not clear. The bars ahead only say
   * which bars to check: every bar is still checked, with the trades open on it.
   */
  private screenAhead(long: boolean, index: number): void {
    const b = this.bars;
    const end = Math.min(b.length, index + this.screenSpan);
    this.screenSpan = Math.min(this.screenSpan * 2, MARGIN_SCREEN_AHEAD);
    const worst = long ? b.low : b.high;
    const above = this.screenLow;
    const below = this.screenHigh;
    let j = index;
    while (j < end && worst[j]! > above && worst[j]! < below) j++;
    this.screenClearBefore = j;
    if (j === index) this.checkMarginCall(long, long ? b.low[index]! : b.high[index]!);
  }

  // ---------------------------------------------------------------- log

  private log(order: PendingOrder, event: OrderEventKind, reason: string, price: number): void {
    this.orderLog.push(this.barIndex, order.id, event, reason, order.qty, price);
  }

  private note(id: string, event: OrderEventKind, reason: string): void {
    this.orderLog.push(this.barIndex, id, event, reason, Number.NaN, Number.NaN);
  }
}

/** Tie-break of triggers: earlier place, then market < stop < trailing < limit, then placement order. */
function earlier(
  place: number,
  kind: TriggerKind,
  seq: number,
  bestPlace: number,
  bestKind: TriggerKind,
  bestSeq: number,
): boolean {
  if (bestPlace < 0 || place < bestPlace) return true;
  if (place > bestPlace) return false;
  if (kind !== bestKind) return kind < bestKind;
  return seq < bestSeq;
}

/**
 * Two opposite stop entries that trigger at the same place fill long first, whichever was placed
 * first (corpus order-dual-stop-open-tie-01: a short stop placed before a long stop, both at the
 * previous close 1783.90, both through at the next open 1783.90 → TradingView lists the long entry
 * at 1783.90, closed at once by the short).
 */
function longStopWinsTie(
  order: PendingOrder,
  place: number,
  kind: TriggerKind,
  best: PendingOrder | null,
  bestPlace: number,
  bestKind: TriggerKind,
): boolean {
  return (
    best !== null &&
    place === bestPlace &&
    kind === TriggerKind.Stop &&
    bestKind === TriggerKind.Stop &&
    order.kind === 'entry' &&
    best.kind === 'entry' &&
    order.side === 1 &&
    best.side === -1
  );
}

function closeAmount(open: number, qty: number, percent: number): number {
  if (qty > 0) return Math.min(qty, open);
  if (percent > 0) return Math.min(open, (open * percent) / 100);
  return open;
}

function positiveOrNaN(value: number | undefined | null): number {
  const n = numberOrNaN(value);
  return n > 0 ? n : Number.NaN;
}

function blankOrder(seq: number, kind: PendingKind, id: string): PendingOrder {
  return {
    seq,
    kind,
    id,
    side: 1,
    qty: Number.NaN,
    qtyPercent: Number.NaN,
    limit: Number.NaN,
    stop: Number.NaN,
    stopTriggered: false,
    ocaName: null,
    ocaType: 'none',
    comment: null,
    placedBar: -1,
    placedSameDirection: false,
    closeOnly: false,
  };
}

/**
 * The closed trades of one run, stored by column: each trade one row of numbers, its ids and
 * comments coded by a TextPool. A run closes tens of thousands of trades; as objects they were the
 * run's largest retained allocation (three objects per trade, copied by every young-generation
 * collection), as rows they cost no garbage collection at all. `at(i)` gives a trade as the
 * ClosedTradeRecord the reports and `strategy.closedtrades.*` read.
 */
import { timeAt } from '../../market/bars.ts';
import { NumberRows } from './number-rows.ts';
import type { Side } from './orders.ts';
import { TextPool } from './text-pool.ts';
import { type ClosedTradeRecord, type TradeFill, tradeFill } from './trade-record.ts';

/** One closed trade as the ledger writes it. */
export interface ClosedTradeRow {
  readonly side: Side;
  readonly qty: number;
  readonly entryId: string;
  readonly entryComment: string | null;
  readonly entryBar: number;
  readonly entryPrice: number;
  readonly entryCommission: number;
  readonly exitId: string;
  readonly exitComment: string | null;
  readonly exitBar: number;
  readonly exitPrice: number;
  readonly exitCommission: number;
  readonly maxRunup: number;
  readonly maxDrawdown: number;
  readonly profit: number;
  readonly profitPercent: number;
  readonly cumulativeProfit: number;
}

// Column offsets inside a row; each fill's bar, price and commission are adjacent.
const SIDE = 0;
const QTY = 1;
const ENTRY_BAR = 2;
const ENTRY_PRICE = 3;
const ENTRY_COMMISSION = 4;
const EXIT_BAR = 5;
const EXIT_PRICE = 6;
const EXIT_COMMISSION = 7;
const MAX_RUNUP = 8;
const MAX_DRAWDOWN = 9;
const PROFIT = 10;
const PROFIT_PERCENT = 11;
const CUMULATIVE_PROFIT = 12;
const ENTRY_ID = 13;
const ENTRY_COMMENT = 14;
const EXIT_ID = 15;
const EXIT_COMMENT = 16;
const STRIDE = 17;

export class ClosedTradeTable implements Iterable<ClosedTradeRecord> {
  private readonly rows = new NumberRows(STRIDE);
  private readonly texts = new TextPool();
  private readonly times: Float64Array;

  /**
   * `times`: the open times of the chart's bars. A fill's time is its bar's, so rows keep the bar
   * and the time is looked up when read: at a fill the bar's time is not in the CPU cache (the
   * script reads prices, not times), and the lookup cost more than the rest of the fill.
   */
  constructor(times: Float64Array) {
    this.times = times;
  }
  /** The last trade `at` built: scripts read the same trade on bar after bar. */
  private cachedIndex = -1;
  private cached: ClosedTradeRecord | undefined;

  get length(): number {
    return this.rows.length;
  }

  push(row: ClosedTradeRow): void {
    const i = this.rows.append();
    const n = this.rows.chunk(i);
    const base = this.rows.offset(i);
    n[base + SIDE] = row.side;
    n[base + QTY] = row.qty;
    n[base + ENTRY_BAR] = row.entryBar;
    n[base + ENTRY_PRICE] = row.entryPrice;
    n[base + ENTRY_COMMISSION] = row.entryCommission;
    n[base + EXIT_BAR] = row.exitBar;
    n[base + EXIT_PRICE] = row.exitPrice;
    n[base + EXIT_COMMISSION] = row.exitCommission;
    n[base + MAX_RUNUP] = row.maxRunup;
    n[base + MAX_DRAWDOWN] = row.maxDrawdown;
    n[base + PROFIT] = row.profit;
    n[base + PROFIT_PERCENT] = row.profitPercent;
    n[base + CUMULATIVE_PROFIT] = row.cumulativeProfit;
    n[base + ENTRY_ID] = this.texts.code(row.entryId);
    n[base + ENTRY_COMMENT] = this.texts.code(row.entryComment);
    n[base + EXIT_ID] = this.texts.code(row.exitId);
    n[base + EXIT_COMMENT] = this.texts.code(row.exitComment);
  }

  /** Net profit of trade `i` (0 = oldest); NaN outside the table. */
  profit(i: number): number {
    return this.number(i, PROFIT);
  }

  profitPercent(i: number): number {
    return this.number(i, PROFIT_PERCENT);
  }

  /** Trade `i` (0 = oldest) as a record numbered `i + 1`; undefined outside the table. */
  at(i: number): ClosedTradeRecord | undefined {
    if (!(Number.isInteger(i) && i >= 0 && i < this.length)) return undefined;
    if (i === this.cachedIndex) return this.cached;
    const n = this.rows.chunk(i);
    const base = this.rows.offset(i);
    const entryId = this.texts.text(n[base + ENTRY_ID]!)!;
    const exitId = this.texts.text(n[base + EXIT_ID]!)!;
    const record: ClosedTradeRecord = {
      tradeNumber: i + 1,
      entryId,
      direction: n[base + SIDE] === 1 ? 'long' : 'short',
      qty: n[base + QTY]!,
      entry: this.fill(n, base + ENTRY_BAR, entryId, n[base + ENTRY_COMMENT]!),
      maxRunup: n[base + MAX_RUNUP]!,
      maxDrawdown: n[base + MAX_DRAWDOWN]!,
      exitId,
      exit: this.fill(n, base + EXIT_BAR, exitId, n[base + EXIT_COMMENT]!),
      profit: n[base + PROFIT]!,
      profitPercent: n[base + PROFIT_PERCENT]!,
      cumulativeProfit: n[base + CUMULATIVE_PROFIT]!,
    };
    this.cachedIndex = i;
    this.cached = record;
    return record;
  }

  /** Every trade as a record, oldest first (reports, exports). */
  toArray(): ClosedTradeRecord[] {
    return Array.from(this);
  }

  *[Symbol.iterator](): Iterator<ClosedTradeRecord> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  /** The fill whose bar, price and commission columns start at `at` in chunk `n`. */
  private fill(n: Float64Array, at: number, id: string, comment: number): TradeFill {
    const bar = n[at]!;
    const time = timeAt(this.times, bar);
    return tradeFill(time, bar, n[at + 1]!, id, this.texts.text(comment), n[at + 2]!);
  }

  private number(i: number, column: number): number {
    return Number.isInteger(i) && i >= 0 && i < this.length ? this.rows.get(i, column) : Number.NaN;
  }
}

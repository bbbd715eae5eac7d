/**
 * The broker emulator's order log, stored by column: why each order filled or was cancelled, and
 * why a call had no effect. A run logs one line per fill, up to a million and more; as objects the
 * lines were retained garbage that every collection marked (half the time of a run that trades
 * on every bar), as rows they are seven numbers, the id and reason coded by a TextPool. `at(i)`
 * and `toArray()` give the lines as OrderEvent objects for reports.
 */
import { timeAt } from '../../market/bars.ts';
import { NumberRows } from './number-rows.ts';
import { TextPool } from './text-pool.ts';

export type OrderEventKind = 'filled' | 'cancelled' | 'rejected' | 'ignored';

/** One line of the order log: why an order filled, was cancelled, or why a call had no effect. */
export interface OrderEvent {
  readonly bar: number;
  readonly time: number;
  readonly id: string;
  readonly event: OrderEventKind;
  readonly reason: string;
  readonly qty: number;
  readonly price: number;
}

const EVENT_KINDS: readonly OrderEventKind[] = ['filled', 'cancelled', 'rejected', 'ignored'];

// Column offsets inside a line.
const BAR = 0;
const QTY = 1;
const PRICE = 2;
const EVENT = 3;
const ID = 4;
const REASON = 5;
const STRIDE = 6;

export class OrderLog implements Iterable<OrderEvent> {
  private readonly rows = new NumberRows(STRIDE);
  private readonly texts = new TextPool();
  private readonly times: Float64Array;

  /** `times`: the open times of the chart's bars; a line's time is its bar's (ClosedTradeTable). */
  constructor(times: Float64Array) {
    this.times = times;
  }

  get length(): number {
    return this.rows.length;
  }

  push(
    bar: number,
    id: string,
    event: OrderEventKind,
    reason: string,
    qty: number,
    price: number,
  ): void {
    const i = this.rows.append();
    const n = this.rows.chunk(i);
    const base = this.rows.offset(i);
    n[base + BAR] = bar;
    n[base + QTY] = qty;
    n[base + PRICE] = price;
    n[base + EVENT] = EVENT_KINDS.indexOf(event);
    n[base + ID] = this.texts.code(id);
    n[base + REASON] = this.texts.code(reason);
  }

  /** Line `i` (0 = first); undefined outside the log. */
  at(i: number): OrderEvent | undefined {
    if (!(Number.isInteger(i) && i >= 0 && i < this.length)) return undefined;
    const n = this.rows.chunk(i);
    const base = this.rows.offset(i);
    return {
      bar: n[base + BAR]!,
      time: timeAt(this.times, n[base + BAR]!),
      id: this.texts.text(n[base + ID]!)!,
      event: EVENT_KINDS[n[base + EVENT]!]!,
      reason: this.texts.text(n[base + REASON]!)!,
      qty: n[base + QTY]!,
      price: n[base + PRICE]!,
    };
  }

  /** Number of lines with this order id and event (e.g. filled margin calls). */
  count(id: string, event: OrderEventKind): number {
    const kind = EVENT_KINDS.indexOf(event);
    const code = this.texts.find(id);
    let count = 0;
    if (code === undefined) return count;
    for (let i = 0; i < this.length; i++)
      if (this.rows.get(i, ID) === code && this.rows.get(i, EVENT) === kind) count++;
    return count;
  }

  /** Every line, oldest first (reports, exports). */
  toArray(): OrderEvent[] {
    return Array.from(this);
  }

  *[Symbol.iterator](): Iterator<OrderEvent> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}

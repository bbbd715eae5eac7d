/**
 * The broker emulator's order log, stored by column: why each order filled or was cancelled, and
 * why a call had no effect. A run logs one line per fill, up to a million and more; as objects the
 * lines were retained garbage that every collection marked (half the time of a run that trades
 * on every bar), as columns they are five numbers and two pointers. `at(i)` and `toArray()`
 * give the lines as OrderEvent objects for reports.
 */
import { withRoomForRow } from './row-storage.ts';

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

// Column offsets inside a line of `numbers`.
const BAR = 0;
const TIME = 1;
const QTY = 2;
const PRICE = 3;
const EVENT = 4;
const STRIDE = 5;

export class OrderLog implements Iterable<OrderEvent> {
  length = 0;
  private numbers = new Float64Array(STRIDE * 64);
  private readonly ids: string[] = [];
  private readonly reasons: string[] = [];

  push(
    bar: number,
    time: number,
    id: string,
    event: OrderEventKind,
    reason: string,
    qty: number,
    price: number,
  ): void {
    const base = this.length * STRIDE;
    const n = withRoomForRow(this.numbers, base, STRIDE);
    this.numbers = n;
    n[base + BAR] = bar;
    n[base + TIME] = time;
    n[base + QTY] = qty;
    n[base + PRICE] = price;
    n[base + EVENT] = EVENT_KINDS.indexOf(event);
    this.ids.push(id);
    this.reasons.push(reason);
    this.length++;
  }

  /** Line `i` (0 = first); undefined outside the log. */
  at(i: number): OrderEvent | undefined {
    if (!(Number.isInteger(i) && i >= 0 && i < this.length)) return undefined;
    const n = this.numbers;
    const base = i * STRIDE;
    return {
      bar: n[base + BAR]!,
      time: n[base + TIME]!,
      id: this.ids[i]!,
      event: EVENT_KINDS[n[base + EVENT]!]!,
      reason: this.reasons[i]!,
      qty: n[base + QTY]!,
      price: n[base + PRICE]!,
    };
  }

  /** Number of lines with this order id and event (e.g. filled margin calls). */
  count(id: string, event: OrderEventKind): number {
    const kind = EVENT_KINDS.indexOf(event);
    let count = 0;
    for (let i = 0; i < this.length; i++)
      if (this.ids[i] === id && this.numbers[i * STRIDE + EVENT] === kind) count++;
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

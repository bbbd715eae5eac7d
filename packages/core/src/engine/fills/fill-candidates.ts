/**
 * One bar's fills-to-be of one symbol, kept in the order their prices are reached on the intrabar
 * path (equal places: oldest order first). Reused bar after bar: columns grow but are never
 * reallocated per bar, so a busy run does not churn the garbage collector.
 */
import type { OrderState } from '../orders/order.ts';
import type { FillDecision, FillRule } from './fill-model.ts';

export class FillCandidates {
  /** Candidates held now; read them with `order(k)` and `load(k, out)` for k below it. */
  count = 0;
  private orders: (OrderState | undefined)[] = [];
  private rules: FillRule[] = [];
  private prices = new Float64Array(4);
  private places = new Float64Array(4);
  private slippages = new Float64Array(4);
  private released = new Uint8Array(4);

  /** Forgets the candidates (and drops the references to their orders). */
  clear(): void {
    for (let k = 0; k < this.count; k++) this.orders[k] = undefined;
    this.count = 0;
  }

  /** Adds `order` filling as `d` says, after every candidate whose place is not later. */
  insert(order: OrderState, d: FillDecision, released: boolean): void {
    if (this.count === this.prices.length) this.grow();
    let k = this.count;
    while (k > 0 && this.places[k - 1]! > d.position) k--;
    for (let j = this.count; j > k; j--) {
      this.orders[j] = this.orders[j - 1];
      this.rules[j] = this.rules[j - 1]!;
      this.prices[j] = this.prices[j - 1]!;
      this.places[j] = this.places[j - 1]!;
      this.slippages[j] = this.slippages[j - 1]!;
      this.released[j] = this.released[j - 1]!;
    }
    this.orders[k] = order;
    this.rules[k] = d.rule;
    this.prices[k] = d.price;
    this.places[k] = d.position;
    this.slippages[k] = d.slippage;
    this.released[k] = released ? 1 : 0;
    this.count++;
  }

  order(k: number): OrderState {
    return this.orders[k]!;
  }

  /** Writes candidate `k`'s decision into `out`; returns whether a latency released it on this bar. */
  load(k: number, out: FillDecision): boolean {
    out.price = this.prices[k]!;
    out.position = this.places[k]!;
    out.rule = this.rules[k]!;
    out.slippage = this.slippages[k]!;
    return this.released[k] === 1;
  }

  private grow(): void {
    const size = this.prices.length * 2;
    const widen = <T extends Float64Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.prices = widen(this.prices, new Float64Array(size));
    this.places = widen(this.places, new Float64Array(size));
    this.slippages = widen(this.slippages, new Float64Array(size));
    this.released = widen(this.released, new Uint8Array(size));
  }
}

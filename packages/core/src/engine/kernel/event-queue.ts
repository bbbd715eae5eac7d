/** A time-ordered queue of engine events; ties keep insertion order, so runs are deterministic. */

/** Binary min-heap on (time, insertion sequence). */
export class EventQueue<T> {
  private readonly items: T[] = [];
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  push(time: number, item: T): void {
    this.items.push(item);
    this.times.push(time);
    this.seqs.push(this.seq++);
    this.up(this.items.length - 1);
  }

  /** Time of the earliest event, or +Infinity when empty. */
  peekTime(): number {
    return this.items.length > 0 ? this.times[0]! : Number.POSITIVE_INFINITY;
  }

  pop(): T | undefined {
    const n = this.items.length;
    if (n === 0) return undefined;
    const top = this.items[0];
    this.swap(0, n - 1);
    this.items.pop();
    this.times.pop();
    this.seqs.pop();
    this.down(0);
    return top;
  }

  private less(a: number, b: number): boolean {
    const ta = this.times[a]!;
    const tb = this.times[b]!;
    return ta < tb || (ta === tb && this.seqs[a]! < this.seqs[b]!);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    const { items, times, seqs } = this;
    const item = items[a]!;
    items[a] = items[b]!;
    items[b] = item;
    const time = times[a]!;
    times[a] = times[b]!;
    times[b] = time;
    const seq = seqs[a]!;
    seqs[a] = seqs[b]!;
    seqs[b] = seq;
  }
}

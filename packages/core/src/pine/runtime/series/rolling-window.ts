/** A growable ring buffer of recent values over a Float64Array: the history every windowed ta.* function keeps. */

/**
 * Values pushed by one ta.* call site, newest at index 0. Capacity grows (doubling) when a
 * dynamic `length` asks for more history than has been kept; nothing is allocated per push.
 */
export class RollingWindow {
  /** Values pushed since creation. */
  count = 0;
  // Protected for RunningSum (math.sum, ta.sma), whose every-bar path works on them directly.
  protected buffer: Float64Array;
  protected mask: number;
  protected head = -1;

  constructor(capacity = 16) {
    let size = 1;
    while (size < capacity) size *= 2;
    this.buffer = new Float64Array(size);
    this.mask = size - 1;
  }

  /** Values available to `get`: min(count, capacity). */
  get size(): number {
    return this.count < this.buffer.length ? this.count : this.buffer.length;
  }

  push(value: number): void {
    this.head = (this.head + 1) & this.mask;
    this.buffer[this.head] = value;
    this.count++;
  }

  /** Overwrites the newest value (a running total that is corrected within the bar). */
  setNewest(value: number): void {
    this.buffer[this.head] = value;
  }

  /** The value pushed `back` pushes ago (0 = newest); NaN when not kept. */
  get(back: number): number {
    if (back >= this.count || back > this.mask) return Number.NaN;
    return this.buffer[(this.head - back) & this.mask] as number;
  }

  /**
   * Oldest-first sum of the newest `n` values (a whole number), NaN when fewer are held. The
   * order is part of the result: it fixes the last bits (ta.sma, math.sum).
   */
  sumNewest(n: number): number {
    const buffer = this.buffer;
    if (n > this.count || n > buffer.length) return Number.NaN;
    const mask = this.mask;
    const head = this.head;
    let total = 0;
    for (let i = head - n + 1; i <= head; i++) total += buffer[i & mask] as number;
    return total;
  }

  /** Makes room for `length` values, keeping those already held (only when a dynamic length grows). */
  reserve(length: number): void {
    if (length <= this.buffer.length) return;
    let size = this.buffer.length;
    while (size < length) size *= 2;
    const next = new Float64Array(size);
    const kept = this.size;
    // Oldest first, so the newest lands at index kept - 1 = the new head.
    for (let i = 0; i < kept; i++) next[i] = this.get(kept - 1 - i);
    this.buffer = next;
    this.mask = size - 1;
    this.head = kept - 1;
  }
}

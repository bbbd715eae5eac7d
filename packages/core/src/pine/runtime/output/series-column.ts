/** One per-bar numeric column of a script output: a Float64Array grown by doubling, na (NaN) where nothing was written. */

const MIN_CAPACITY = 64;

/**
 * Bars a call site did not write stay NaN: the storage is NaN-filled when allocated and when
 * grown, so a conditional call site costs nothing on the bars it skips.
 */
export class SeriesColumn {
  private data: Float64Array;

  /** `capacity`: the run's bar count when known, so a full run never reallocates. */
  constructor(capacity = MIN_CAPACITY) {
    this.data = new Float64Array(Math.max(capacity, 1)).fill(Number.NaN);
  }

  set(barIndex: number, value: number): void {
    if (barIndex >= this.data.length) this.grow(barIndex + 1);
    this.data[barIndex] = value;
  }

  get(barIndex: number): number {
    return barIndex < this.data.length ? (this.data[barIndex] as number) : Number.NaN;
  }

  /** The first `length` bars, shifted right by `offset` bars (plot `offset`), na where unset. */
  toArray(length: number, offset = 0): Float64Array {
    const out = new Float64Array(length).fill(Number.NaN);
    const from = Math.max(0, -offset);
    const to = Math.min(length - offset, this.data.length);
    for (let i = from; i < to; i++) out[i + offset] = this.data[i] as number;
    return out;
  }

  private grow(minLength: number): void {
    let size = this.data.length;
    while (size < minLength) size *= 2;
    const next = new Float64Array(size).fill(Number.NaN);
    next.set(this.data);
    this.data = next;
  }
}

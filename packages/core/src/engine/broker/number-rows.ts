/**
 * Rows of numbers in fixed-size Float64Array chunks, for the broker's column stores (closed trades,
 * order log). A run appends tens of thousands of rows; a single array grown by doubling allocated
 * and touched twice the memory it kept, fresh pages each time, and that external memory pushed V8
 * into a full collection on every run. Chunks of 512 rows are allocated once and never copied.
 */
const CHUNK_BITS = 9;
const CHUNK_ROWS = 1 << CHUNK_BITS;

export class NumberRows {
  length = 0;
  private readonly chunks: Float64Array[] = [];
  private readonly stride: number;

  constructor(stride: number) {
    this.stride = stride;
  }

  /** Adds a row of zeros and returns its index; write it through `chunk` and `offset`. */
  append(): number {
    const row = this.length++;
    if ((row & (CHUNK_ROWS - 1)) === 0)
      this.chunks.push(new Float64Array(CHUNK_ROWS * this.stride));
    return row;
  }

  /** The chunk that holds row `row`. */
  chunk(row: number): Float64Array {
    return this.chunks[row >> CHUNK_BITS]!;
  }

  /** Where row `row` starts in its chunk. */
  offset(row: number): number {
    return (row & (CHUNK_ROWS - 1)) * this.stride;
  }

  /** Cell `column` of row `row` (which must exist). */
  get(row: number, column: number): number {
    return this.chunk(row)[this.offset(row) + column]!;
  }
}

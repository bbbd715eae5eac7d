/** The live drawings of one type, oldest first, with TradingView's garbage collection of the oldest beyond the limit. */

/** What every drawing object carries: whether it was deleted (explicitly or by garbage collection). */
export interface Drawing {
  deleted: boolean;
}

/**
 * "When a script creates more drawing objects than the allowed limit, the Pine Script runtime
 * automatically deletes the oldest ones" (User Manual, Lines and boxes / Limitations). TradingView
 * calls its limits approximate ("~50"); here the limit is exact: creating object `max + 1`
 * deletes the oldest at once. Objects with na coordinates count like any other (User Manual,
 * Limitations: labels with na x still count toward the total).
 * @see https://www.tradingview.com/pine-script-docs/visuals/lines-and-boxes/#total-number-of-objects
 * @see https://www.tradingview.com/pine-script-docs/writing/limitations/#line-box-polyline-and-label-limits
 */
export class DrawingRegistry<T extends Drawing> {
  private readonly live = new Set<T>();
  private readonly max: number;
  private readonly onRemove: ((item: T) => void) | undefined;

  /** `onRemove` runs after an object is deleted (a deleted line deletes its linefills). */
  constructor(max: number, onRemove?: (item: T) => void) {
    this.max = max;
    this.onRemove = onRemove;
  }

  /** Adds a new object as the newest, deleting the oldest while over the limit. */
  add(item: T): T {
    this.live.add(item);
    while (this.live.size > this.max) {
      const oldest = this.live.values().next().value as T;
      this.remove(oldest);
    }
    return item;
  }

  /** Deletes an object; deleting one already deleted does nothing (reference, `*.delete`). */
  remove(item: T): void {
    if (!this.live.delete(item)) return;
    item.deleted = true;
    this.onRemove?.(item);
  }

  /** `*.all`: the live objects, index 0 the oldest (reference, `label.all`). A fresh array each call. */
  all(): T[] {
    return Array.from(this.live);
  }

  get size(): number {
    return this.live.size;
  }
}

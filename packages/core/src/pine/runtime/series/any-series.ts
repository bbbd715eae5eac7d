/** History of a series whose element type the compiler does not pin down (generic parameters, objects, bools). */
import { ValueSeries } from './series.ts';

/**
 * `ValueSeries` whose na is the na of what it holds: offsets before the first bar give NaN when
 * the series holds numbers, false for Pine v6 bools, else null — so `x[1]` of an untyped
 * parameter reads as the same kind of value as `x`.
 */
export class AnySeries<T> extends ValueSeries<T> {
  private empty: unknown = null;

  override push(value: T | null = null): void {
    if (this.length === 0 || this.empty === null) {
      if (typeof value === 'number') this.empty = Number.NaN;
      else if (typeof value === 'boolean') this.empty = false;
    }
    super.push(value);
  }

  override get(offset: number): T | null {
    if (offset >= this.length || Number.isNaN(offset)) return this.empty as T | null;
    return super.get(offset);
  }
}

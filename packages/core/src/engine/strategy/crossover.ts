/** Cross detection between two series, as backtesting.py's `lib.crossover`. */
import type { Series } from './series.ts';

/** True when `a` was strictly below `b` on the previous bar and is strictly above it now. */
export function crossover(a: Series, b: Series): boolean {
  return a.at(1) < b.at(1) && a.at(0) > b.at(0);
}

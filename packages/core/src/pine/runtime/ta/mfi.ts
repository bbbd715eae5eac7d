/** ta.mfi: money flow index from volume-weighted up and down flows over `length` bars. */

import { MathSum } from '../math/sum.ts';
import type { BarState } from '../series/bar-state.ts';

/**
 * The reference's `pine_mfi`, literally: upper = math.sum(volume · (change(src) <= 0 ? 0 : src)),
 * lower = math.sum(volume · (change(src) >= 0 ? 0 : src)), mfi = 100 − 100 / (1 + upper / lower).
 * On the first call change(src) is na, both conditions are false, and both sums receive
 * volume · src — as the Pine code does.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.mfi
 */
export class Mfi {
  private readonly upper = new MathSum();
  private readonly lower = new MathSum();
  private previous = Number.NaN;

  constructor(private readonly bar: BarState) {}

  next(source: number, length: number): number {
    const change = source - this.previous;
    this.previous = source;
    const volume = this.bar.volume;
    const upper = this.upper.next(volume * (change <= 0 ? 0 : source), length);
    const lower = this.lower.next(volume * (change >= 0 ? 0 : source), length);
    return 100 - 100 / (1 + upper / lower);
  }
}

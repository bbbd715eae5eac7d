/** ta.atr: average true range, the RMA of ta.tr(true). */
import type { BarState } from '../series/bar-state.ts';
import { Rma } from './rma.ts';
import { trueRange } from './tr.ts';

/**
 * `ta.rma(ta.tr(true), length)` as the reference's `pine_atr`: the first bar's true range is
 * high − low, so the first value appears on the `length`-th call (RMA seeding).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.atr
 */
export class Atr {
  private readonly rma = new Rma();

  constructor(private readonly bar: BarState) {}

  next(length: number): number {
    return this.rma.next(trueRange(this.bar, true), length);
  }
}

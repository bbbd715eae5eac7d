/** ta.vwma: volume-weighted moving average, sma(source × volume) / sma(volume). */
import type { BarState } from '../series/bar-state.ts';
import { Sma } from './sma.ts';

/**
 * The reference's definition `ta.sma(x * volume, y) / ta.sma(volume, y)`, literally: two SMAs with
 * their own seeding and na skipping (see `Sma`), volume read from the current bar.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.vwma
 */
export class Vwma {
  private readonly weighted = new Sma();
  private readonly volume = new Sma();

  constructor(private readonly bar: BarState) {}

  next(source: number, length: number): number {
    const v = this.bar.volume;
    return this.weighted.next(source * v, length) / this.volume.next(v, length);
  }
}

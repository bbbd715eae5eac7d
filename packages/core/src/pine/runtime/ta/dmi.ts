/** ta.dmi: directional movement index, [+DI, −DI, ADX]. */

import { Fixnan } from '../na.ts';
import type { BarState } from '../series/bar-state.ts';
import { Rma } from './rma.ts';
import { trueRange } from './tr.ts';

/**
 * TradingView's built-in "Directional Movement Index" script: up = change(high),
 * down = −change(low); +DM = up > down and up > 0 ? up : 0 (na while up is na), −DM likewise;
 * tr = ta.rma(ta.tr, diLength); +DI = fixnan(100 · rma(+DM) / tr), −DI likewise;
 * ADX = 100 · rma(|+DI − −DI| / (sum == 0 ? 1 : sum), adxSmoothing). The changes use this call
 * site's previous high/low; ta.tr uses the chart's previous close. `next` returns ADX and sets
 * `plus`, `minus`, `adx`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.dmi
 */
export class Dmi {
  plus = Number.NaN;
  minus = Number.NaN;
  adx = Number.NaN;
  private previousHigh = Number.NaN;
  private previousLow = Number.NaN;
  private readonly trRma = new Rma();
  private readonly plusRma = new Rma();
  private readonly minusRma = new Rma();
  private readonly adxRma = new Rma();
  private readonly plusFix = new Fixnan();
  private readonly minusFix = new Fixnan();

  constructor(private readonly bar: BarState) {}

  next(diLength: number, adxSmoothing: number): number {
    const { high, low } = this.bar;
    const up = high - this.previousHigh;
    const down = -(low - this.previousLow);
    this.previousHigh = high;
    this.previousLow = low;
    const plusDm = Number.isNaN(up) ? Number.NaN : up > down && up > 0 ? up : 0;
    const minusDm = Number.isNaN(down) ? Number.NaN : down > up && down > 0 ? down : 0;
    const tr = this.trRma.next(trueRange(this.bar, false), diLength);
    const plus = this.plusFix.next((100 * this.plusRma.next(plusDm, diLength)) / tr);
    const minus = this.minusFix.next((100 * this.minusRma.next(minusDm, diLength)) / tr);
    const sum = plus + minus;
    this.plus = plus;
    this.minus = minus;
    this.adx = 100 * this.adxRma.next(Math.abs(plus - minus) / (sum === 0 ? 1 : sum), adxSmoothing);
    return this.adx;
  }
}

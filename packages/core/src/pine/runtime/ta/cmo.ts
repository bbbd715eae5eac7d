/** ta.cmo: Chande momentum oscillator, 100 · (gains − losses) / (gains + losses) over `length` bars. */
import { MathSum } from '../math/sum.ts';

/**
 * The reference's `f_cmo`, literally: mom = ta.change(src); sm1 = math.sum(mom >= 0 ? mom : 0.0),
 * sm2 = math.sum(mom >= 0 ? 0.0 : -mom). On the first call mom is na, so `mom >= 0` is false:
 * sm1 receives 0.0 while sm2 receives na and skips it — the two windows start one value apart,
 * exactly as the Pine code does.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.cmo
 */
export class Cmo {
  private readonly gains = new MathSum();
  private readonly losses = new MathSum();
  private previous = Number.NaN;

  next(source: number, length: number): number {
    const mom = source - this.previous;
    this.previous = source;
    const sm1 = this.gains.next(mom >= 0 ? mom : 0, length);
    const sm2 = this.losses.next(mom >= 0 ? 0 : -mom, length);
    return (100 * (sm1 - sm2)) / (sm1 + sm2);
  }
}

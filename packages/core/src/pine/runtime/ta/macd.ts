/** ta.macd: MACD line (fast EMA − slow EMA), its EMA signal line, and the histogram. */
import { Ema } from './ema.ts';

/**
 * macd = ta.ema(src, fast) − ta.ema(src, slow); signal = ta.ema(macd, sig); hist = macd − signal.
 * The signal EMA skips the MACD line's na warm-up, so it seeds on the `sig`-th MACD value.
 * `next` returns the MACD line and sets `macd`, `signal`, `hist`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.macd
 */
export class Macd {
  macd = Number.NaN;
  signal = Number.NaN;
  hist = Number.NaN;
  private readonly fast = new Ema();
  private readonly slow = new Ema();
  private readonly signalEma = new Ema();

  next(source: number, fastLength: number, slowLength: number, signalLength: number): number {
    const line = this.fast.next(source, fastLength) - this.slow.next(source, slowLength);
    const signal = this.signalEma.next(line, signalLength);
    this.macd = line;
    this.signal = signal;
    this.hist = line - signal;
    return line;
  }
}

/** ta.alma: Arnaud Legoux moving average, Gaussian weights centred at `offset` of the window. */
import { RollingWindow } from '../series/rolling-window.ts';

/**
 * The reference's `pine_alma`: m = offset · (n − 1) (floored when `floor`), s = n / sigma,
 * weight_i = exp(−(i − m)² / (2 s²)) for i = 0 (oldest) … n − 1, result Σ x · w / Σ w. na values
 * in the window give na ("included in calculations"); na until `length` bars. Weights are computed
 * once per length (`Math.exp`/`Math.pow` match StrictMath for these arguments; see math.ts).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.alma
 */
export class Alma {
  private readonly window = new RollingWindow();
  private weights = new Float64Array(0);
  private norm = 0;
  private kLength = 0;
  private kOffset = Number.NaN;
  private kSigma = Number.NaN;
  private kFloor = false;

  next(source: number, length: number, offset: number, sigma: number, floor = false): number {
    const w = this.window;
    if (!(length >= 1)) return Number.NaN;
    w.reserve(length);
    w.push(source);
    if (w.count < length) return Number.NaN;
    if (
      length !== this.kLength ||
      offset !== this.kOffset ||
      sigma !== this.kSigma ||
      floor !== this.kFloor
    ) {
      this.prepare(length, offset, sigma, floor);
    }
    let sum = 0;
    for (let i = 0; i < length; i++) sum += w.get(length - i - 1) * (this.weights[i] as number);
    return sum / this.norm;
  }

  private prepare(length: number, offset: number, sigma: number, floor: boolean): void {
    const m = floor ? Math.floor(offset * (length - 1)) : offset * (length - 1);
    const s = length / sigma;
    this.weights = new Float64Array(length);
    this.norm = 0;
    for (let i = 0; i < length; i++) {
      const weight = Math.exp((-1 * (i - m) ** 2) / (2 * s ** 2));
      this.weights[i] = weight;
      this.norm += weight;
    }
    this.kLength = length;
    this.kOffset = offset;
    this.kSigma = sigma;
    this.kFloor = floor;
  }
}

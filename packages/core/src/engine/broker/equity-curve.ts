/**
 * Close equity bar by bar and the largest moves of it that the Strategy Tester reports
 * (`strategy.max_drawdown`, `strategy.max_runup`): the fall from a previous peak and the rise from
 * a previous trough, also in percent of that peak or trough.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_strategy.max_drawdown
 */
export class EquityCurve {
  /** Equity at each bar's close; NaN for bars not booked. */
  readonly byBar: Float64Array;
  maxDrawdown = 0;
  maxRunup = 0;
  maxDrawdownPercent = 0;
  maxRunupPercent = 0;
  // Initialised as doubles: a number field first holding undefined is stored boxed, one
  // allocation per write.
  peak = Number.NaN;
  trough = Number.NaN;

  constructor(bars: number, initialCapital: number) {
    this.byBar = new Float64Array(bars).fill(Number.NaN);
    this.peak = initialCapital;
    this.trough = initialCapital;
  }

  /**
   * Takes in the equity written to `byBar` for bars `from` through `through`: the peak and trough
   * so far, and the largest fall and rise from them. Callers write the bars' equity first, in a
   * loop of their own, so that no double goes through a call per bar (V8 boxes each one).
   */
  track(from: number, through: number): void {
    const byBar = this.byBar;
    let peak = this.peak;
    let trough = this.trough;
    let drawdown = this.maxDrawdown;
    let runup = this.maxRunup;
    for (let j = from; j <= through; j++) {
      const equity = byBar[j]!;
      if (equity > peak) peak = equity;
      if (equity < trough) trough = equity;
      if (peak - equity > drawdown) {
        drawdown = peak - equity;
        this.maxDrawdownPercent = (drawdown / peak) * 100;
      }
      if (equity - trough > runup) {
        runup = equity - trough;
        this.maxRunupPercent = (runup / trough) * 100;
      }
    }
    this.peak = peak;
    this.trough = trough;
    this.maxDrawdown = drawdown;
    this.maxRunup = runup;
  }
}

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
}

/** The clock the kernel runs on: injected, so backtest, paper and live share one code path. */

/** Current time as the engine sees it. */
export interface Clock {
  /** ms UTC. In a backtest, the open time of the primary bar being processed (TradingView's `time`). */
  readonly time: number;
  /** Index of the current step: the primary bar index in a backtest, bars seen so far when live. */
  readonly step: number;
}

/** A clock moved by the kernel, never by the wall: deterministic backtests. */
export class SimulatedClock implements Clock {
  time = Number.NaN;
  step = -1;

  advance(time: number, step: number): void {
    this.time = time;
    this.step = step;
  }
}

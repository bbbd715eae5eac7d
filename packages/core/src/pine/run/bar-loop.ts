/**
 * The run's services that the compiled program's bar loop calls: progress and cancellation, a strategy's
 * broker around each bar, the loop-iteration limit and history of the bar columns. They are the
 * methods of one class, not closures made per run: V8's optimized code for a script is shared by
 * all its runs (run-script.ts keeps one program per script), and a per-run closure inlined into
 * it is a constant of one run, whose next run deoptimizes the code ("wrong call target") and
 * whose end invalidates it ("weak objects"), leaving the runs after on a slower recompilation.
 */
import type { BrokerEmulator } from '../../engine/broker/broker-emulator.ts';
import { PineRuntimeError } from '../runtime/pine-runtime-error.ts';
import type { BarState } from '../runtime/series/bar-state.ts';

/** TradingView stops loops that run too long (500 ms); we stop a bar after this many iterations. */
export const LOOP_ITERATION_LIMIT = 100_000_000;

/** How often per run the loop reports progress and checks for cancellation. */
export const PROGRESS_STEPS = 200;

/** A run stopped by its caller's cancellation signal. */
export class RunCancelledError extends Error {
  override name = 'RunCancelledError';
}

/** Progress reports and cancellation of a run, checked at most PROGRESS_STEPS times. */
export interface RunProgress {
  /** Bars done, at most PROGRESS_STEPS times a run and once at the end (`runScript`). */
  readonly onProgress?: (barsDone: number, barsTotal: number) => void;
  /** Checked where progress is reported: once aborted, the run stops with a RunCancelledError. */
  readonly signal?: { readonly aborted: boolean };
}

export class BarLoop {
  private readonly bar: BarState;
  private readonly barCount: number;
  private readonly progress: RunProgress | null;
  /** Bars between two checkpoints. */
  private readonly every: number;
  private readonly broker: BrokerEmulator | null;
  /** Bars before this one only warm the script up: the broker drops their orders. */
  private readonly firstTradingBar: number;
  /** The bar whose script ran and whose on-close fills and equity the broker has yet to book. */
  private openBrokerBar = -1;
  private iterations = 0;
  /** The bar whose loop iterations `iterations` counts: the count restarts on each bar. */
  private iterationsBar = -1;

  constructor(
    bar: BarState,
    barCount: number,
    progress: RunProgress | null,
    broker: BrokerEmulator | null,
    firstTradingBar: number,
  ) {
    this.bar = bar;
    this.barCount = barCount;
    this.progress = progress;
    this.every = Math.max(1, Math.ceil(barCount / PROGRESS_STEPS));
    this.broker = broker;
    this.firstTradingBar = firstTradingBar;
  }

  /**
   * Before bar `index`: reports `index` bars done and stops a cancelled run; returns the bar of
   * the next checkpoint (> index), the end of the bars for a run that does not report.
   */
  checkpoint(index: number): number {
    const progress = this.progress;
    if (progress === null) return this.barCount;
    if (progress.signal?.aborted)
      throw new RunCancelledError(`run cancelled after ${index} of ${this.barCount} bars`);
    progress.onProgress?.(index, this.barCount);
    return index + this.every;
  }

  /**
   * Strategies, at the start of bar `index`: the broker books the previous bar (on-close fills,
   * equity), then fills what is pending along this one (TRADINGVIEW-SEMANTICS.md, rule 1). Booking
   * here rather than after the script keeps the call out of the loop's later call sites, which
   * V8, short of inlining budget, inlines first and which should be the script's own.
   */
  brokerBar(index: number): void {
    const broker = this.broker;
    if (broker === null) return;
    if (index <= broker.quietThrough) {
      // Nothing can fill or change: the broker only marks what the two calls below would owe.
      broker.quietBar(index);
      this.openBrokerBar = index;
      return;
    }
    this.closeBrokerBar(broker);
    broker.beforeScript(index);
    this.openBrokerBar = index;
  }

  /** After the last bar: the broker books it and the end of data. */
  end(): void {
    const broker = this.broker;
    if (broker === null) return;
    this.closeBrokerBar(broker);
    broker.finish();
  }

  /** One iteration of a Pine loop; too many on one bar is a runtime error. */
  loop(): void {
    if (this.bar.barIndex !== this.iterationsBar) {
      this.iterationsBar = this.bar.barIndex;
      this.iterations = 0;
    }
    if (++this.iterations > LOOP_ITERATION_LIMIT) {
      throw new PineRuntimeError('Loop takes too long to execute (iteration limit reached)');
    }
  }

  /** `close[offset]` and the like: the column's value `offset` bars back, na before the first bar. */
  past(column: Float64Array, offset: number): number {
    const j = this.bar.barIndex - offset;
    return j >= 0 && j <= this.bar.barIndex ? (column[j] as number) : Number.NaN;
  }

  private closeBrokerBar(broker: BrokerEmulator): void {
    if (this.openBrokerBar < 0) return;
    if (this.openBrokerBar < this.firstTradingBar) broker.cancelAll();
    broker.afterScript(this.openBrokerBar);
    this.openBrokerBar = -1;
  }
}

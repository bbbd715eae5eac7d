/** Worker side of a backtest job: runs the backtest service on the bars it was sent, with progress. */
import { type Bars, createBars, type SymbolInfo, type Timeframe } from '@barwise/core';
import { runBacktest } from '../backtest/run-backtest.ts';
import type { JobTask } from '../jobs/job-kind.ts';
import type { BacktestConfig } from './backtest-config.ts';
import { type BacktestResult, backtestResult } from './backtest-result.ts';

export interface BacktestTaskInput {
  readonly source: string;
  /** Named in compile and runtime errors. */
  readonly fileName: string;
  readonly symbol: SymbolInfo;
  readonly timeframe: Timeframe;
  readonly columns: Pick<Bars, 'time' | 'open' | 'high' | 'low' | 'close' | 'volume'>;
  readonly config: BacktestConfig;
}

const backtestTask: JobTask<BacktestTaskInput, BacktestResult> = (input, context) => {
  const bars = createBars(input.symbol, input.timeframe, input.columns);
  const { config } = input;
  context.progress(0, 'compiling');
  const report = runBacktest({ source: input.source, fileName: input.fileName }, bars, {
    inputs: config.inputs,
    initialCapital: config.initialCapital,
    commission: config.commission,
    slippageTicks: config.slippageTicks,
    tradingStart: config.from,
    signal: context.signal,
    onProgress: (done, total) => context.progress(done / total, `bar ${done} of ${total}`),
  });
  return backtestResult(report);
};

export default backtestTask;

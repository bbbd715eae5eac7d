/** The job queue and backtest service of one Barwise instance, wired together (API server, hosts). */
import type { Barwise } from '../barwise.ts';
import { DatabaseJobQueue, type DatabaseJobQueueOptions } from '../jobs/database-job-queue.ts';
import { backtestJobKind } from './backtest-job-kind.ts';
import { BacktestService } from './backtest-service.ts';

export interface Backtesting {
  readonly queue: DatabaseJobQueue;
  readonly backtests: BacktestService;
}

/**
 * Not started: call `queue.start()` to run jobs in this process (and `queue.stop()` before
 * closing the database; it also stops the worker threads). A process that only submits jobs
 * leaves it stopped.
 */
export function openBacktesting(
  barwise: Pick<Barwise, 'database' | 'candles'>,
  options: Omit<DatabaseJobQueueOptions, 'database' | 'kinds'> = {},
): Backtesting {
  const queue = new DatabaseJobQueue({
    ...options,
    database: barwise.database,
    kinds: [backtestJobKind(barwise)],
  });
  return { queue, backtests: new BacktestService(barwise, queue) };
}

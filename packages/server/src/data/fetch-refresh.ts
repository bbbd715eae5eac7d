/**
 * `barwise data refresh`: appends the newly closed bars to every dataset marked keep-fresh, and a
 * scheduler that does so every interval (a long-running server starts it; the job queue may
 * replace it later). Runs never overlap: the next one is scheduled when the previous one ends.
 */
import type { CandleStore } from './candle-store.ts';
import type { Dataset } from './dataset.ts';
import { type FetchResult, fetchDataset } from './fetch-dataset.ts';
import type { KeepFreshStore } from './fetch-keep-fresh-store.ts';
import type { MarketDataProvider } from './providers/market-data-provider.ts';

export interface RefreshDeps {
  readonly candles: CandleStore;
  readonly keepFresh: KeepFreshStore;
  /** The provider of a dataset's source (an exchange id). */
  readonly providerFor: (source: string) => MarketDataProvider;
  readonly now?: () => number;
}

export type RefreshOutcome =
  | { readonly dataset: Dataset; readonly result: FetchResult }
  | { readonly dataset: Dataset; readonly error: Error };

/** One pass over the marked datasets; a failing dataset does not stop the others. */
export async function refreshFreshDatasets(
  deps: RefreshDeps,
  signal?: AbortSignal,
): Promise<RefreshOutcome[]> {
  const marked = await deps.keepFresh.list();
  const datasets = (await deps.candles.list()).filter(
    (d) => marked.has(d.id) && d.firstTime !== null,
  );
  const outcomes: RefreshOutcome[] = [];
  for (const dataset of datasets) {
    try {
      const result = await fetchDataset(
        {
          candles: deps.candles,
          provider: deps.providerFor(dataset.source),
          ...(deps.now ? { now: deps.now } : {}),
        },
        {
          symbol: dataset.ticker,
          timeframe: dataset.timeframe,
          from: dataset.firstTime!,
          signal,
        },
      );
      outcomes.push({ dataset, result });
    } catch (error) {
      if (signal?.aborted) throw error;
      outcomes.push({ dataset, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return outcomes;
}

export interface RefreshScheduler {
  /** Stops scheduling and waits for a running refresh to finish. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  readonly intervalMs: number;
  readonly run: (signal: AbortSignal) => Promise<unknown>;
  readonly onError?: (error: unknown) => void;
  /** Timer functions; tests pass fakes. */
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

/** Runs `run` now and then `intervalMs` after each run ends, until stopped. */
export function startRefreshScheduler(options: SchedulerOptions): RefreshScheduler {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
  const abort = new AbortController();
  let timer: unknown;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    if (abort.signal.aborted) return;
    running = options
      .run(abort.signal)
      .then(
        () => {},
        (error: unknown) => {
          if (!abort.signal.aborted) options.onError?.(error);
        },
      )
      .then(() => {
        if (!abort.signal.aborted) timer = setTimer(tick, options.intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      abort.abort();
      clearTimer(timer);
      await running;
    },
  };
}

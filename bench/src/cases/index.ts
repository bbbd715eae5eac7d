/**
 * Every benchmark case by name, in the order `npm run bench` runs them. A case's module is loaded
 * only when that case runs, so each case's process holds just what it measures (a Pine bench does
 * not carry the server, an engine bench not the Pine compiler's corpus tooling).
 */
import type { BenchCase } from '../bench-case.ts';

export const BENCH_CASES: Readonly<Record<string, () => Promise<BenchCase>>> = {
  'csv-import-500k': async () => (await import('./csv-import.ts')).csvImport,
  'candle-store-load-1m': async () => (await import('./candle-store-load.ts')).candleStoreLoad,
  'resample-1m-to-15': async () => (await import('./resample.ts')).resample,
  'synthetic-1m': async () => (await import('./synthetic.ts')).synthetic,
  'exchange-fetch-50k': async () => (await import('./exchange-fetch.ts')).exchangeFetch,
  'candle-store-append-60-to-1m': async () =>
    (await import('./exchange-fetch.ts')).incrementalAppend,
  'pine-check-corpus': async () => (await import('./pine-check-corpus.ts')).pineCheckCorpus,
  'pine-sma-cross': async () => (await import('./pine-sma-cross.ts')).pineSmaCross,
  'pine-rsi': async () => (await import('./pine-rsi.ts')).pineRsi,
  'pine-sma-cross-strategy': async () =>
    (await import('./pine-sma-cross-strategy.ts')).pineSmaCrossStrategy,
  'pine-corpus': async () => (await import('./pine-corpus.ts')).pineCorpus,
  'engine-sma-cross': async () => (await import('./engine-sma-cross.ts')).engineSmaCross,
  'engine-portfolio': async () => (await import('./engine-portfolio.ts')).enginePortfolio,
};

/** Every benchmark case, in the order `npm run bench` runs them. */
import type { BenchCase } from '../bench-case.ts';
import { candleStoreLoad } from './candle-store-load.ts';
import { csvImport } from './csv-import.ts';
import { enginePortfolio } from './engine-portfolio.ts';
import { engineSmaCross } from './engine-sma-cross.ts';
import { exchangeFetch, incrementalAppend } from './exchange-fetch.ts';
import { pineCheckCorpus } from './pine-check-corpus.ts';
import { pineCorpus } from './pine-corpus.ts';
import { pineRsi } from './pine-rsi.ts';
import { pineSmaCross } from './pine-sma-cross.ts';
import { pineSmaCrossStrategy } from './pine-sma-cross-strategy.ts';
import { resample } from './resample.ts';
import { synthetic } from './synthetic.ts';

export const BENCH_CASES: readonly BenchCase[] = [
  csvImport,
  candleStoreLoad,
  resample,
  synthetic,
  exchangeFetch,
  incrementalAppend,
  pineCheckCorpus,
  pineSmaCross,
  pineRsi,
  pineSmaCrossStrategy,
  pineCorpus,
  engineSmaCross,
  enginePortfolio,
];

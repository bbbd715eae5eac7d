/** Imports an OHLCV CSV file into the candle store: parse everything first, then one transaction. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Bars,
  type CsvImportReport,
  createBars,
  findGaps,
  type Gap,
  InputError,
  localParts,
  parseOhlcvCsv,
  parseTimeframe,
  type SymbolInfo,
  symbolInfo,
  type Timeframe,
} from '@barwise/core';
import { labelCsvBars } from '../backtest/label-csv-bars.ts';
import type { CandleStore, WriteResult } from './candle-store.ts';

export interface ImportCsvOptions {
  readonly ticker: string;
  /** Timeframe of the bars; inferred from their spacing when absent. */
  readonly timeframe: Timeframe | undefined;
  /** Dataset source; `csv` unless said otherwise. */
  readonly source?: string | undefined;
  /** Zone of naive times in the file, also stored as the symbol's zone. */
  readonly timezone?: string | undefined;
  readonly symbol?: Partial<SymbolInfo> | undefined;
  readonly replace?: boolean | undefined;
  /** Fail with DatasetExistsError instead of appending when the dataset is already stored. */
  readonly createOnly?: boolean | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface ImportCsvResult extends WriteResult {
  readonly report: CsvImportReport;
  /** Stretches with no bars where the session expects some (holidays included). */
  readonly gaps: Gap[];
}

/** Monday to Friday around the clock: the session given to files without weekend bars. */
export const WEEKDAY_SESSION = '0000-0000:23456';

export async function importCsvFile(
  store: CandleStore,
  file: string,
  options: ImportCsvOptions,
): Promise<ImportCsvResult> {
  return importCsvText(store, await readText(file), path.basename(file), options);
}

/** The same import for CSV text already in memory (an upload); `name` labels it in messages. */
export async function importCsvText(
  store: CandleStore,
  text: string,
  name: string,
  options: ImportCsvOptions,
): Promise<ImportCsvResult> {
  const symbol = symbolInfo(options.ticker, {
    ...options.symbol,
    ...(options.timezone ? { timezone: options.timezone } : {}),
  });
  // The timeframe only labels the bars: parse first, then label them when it is inferred.
  const parsed = parseOhlcvCsv(text, {
    symbol,
    timeframe: options.timeframe ?? parseTimeframe('1'),
    source: name,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const { report } = parsed;
  const labelled = labelCsvBars(parsed.bars, {
    timeframe: options.timeframe,
    mintick: options.symbol?.mintick,
  });
  const bars = options.symbol?.session ? labelled : withWeekdaySessionIfNoWeekends(labelled);
  const written = await store.write(bars, {
    source: options.source ?? 'csv',
    origin: `csv ${name}`,
    mode: options.replace ? 'replace' : options.createOnly ? 'create' : 'append',
  });
  return { ...written, report, gaps: findGaps(bars) };
}

/**
 * Files rarely say their session. One with no bar on a Saturday or Sunday (stocks, forex) gets a
 * weekday session so weekends are not reported as gaps; `--syminfo session=…` overrides this.
 */
function withWeekdaySessionIfNoWeekends(bars: Bars): Bars {
  const tz = bars.symbol.timezone;
  for (let i = 0; i < bars.length; i++) {
    const weekday = localParts(tz, bars.time[i]!).weekday;
    if (weekday === 0 || weekday === 6) return bars;
  }
  const symbol = { ...bars.symbol, session: WEEKDAY_SESSION };
  return createBars(symbol, bars.timeframe, bars);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String(error);
    throw new InputError(`cannot read ${file}: ${reason}`);
  }
}

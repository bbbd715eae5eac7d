/** Imports an OHLCV CSV file into the candle store: parse everything first, then one transaction. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type CsvImportReport,
  InputError,
  parseOhlcvCsv,
  type SymbolInfo,
  symbolInfo,
  type Timeframe,
} from '@barwise/core';
import type { CandleStore, WriteResult } from './candle-store.ts';

export interface ImportCsvOptions {
  readonly ticker: string;
  readonly timeframe: Timeframe;
  /** Dataset source; `csv` unless said otherwise. */
  readonly source?: string | undefined;
  /** Zone of naive times in the file, also stored as the symbol's zone. */
  readonly timezone?: string | undefined;
  readonly symbol?: Partial<SymbolInfo> | undefined;
  readonly replace?: boolean | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface ImportCsvResult extends WriteResult {
  readonly report: CsvImportReport;
}

export async function importCsvFile(
  store: CandleStore,
  file: string,
  options: ImportCsvOptions,
): Promise<ImportCsvResult> {
  const text = await readText(file);
  const symbol = symbolInfo(options.ticker, {
    ...options.symbol,
    ...(options.timezone ? { timezone: options.timezone } : {}),
  });
  const { bars, report } = parseOhlcvCsv(text, {
    symbol,
    timeframe: options.timeframe,
    source: path.basename(file),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const written = await store.write(bars, {
    source: options.source ?? 'csv',
    origin: `csv ${path.basename(file)}`,
    mode: options.replace ? 'replace' : 'append',
  });
  return { ...written, report };
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

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
  const text = await readText(file);
  const symbol = symbolInfo(options.ticker, {
    ...options.symbol,
    ...(options.timezone ? { timezone: options.timezone } : {}),
  });
  const parsed = parseOhlcvCsv(text, {
    symbol,
    timeframe: options.timeframe,
    source: path.basename(file),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const { report } = parsed;
  const bars = options.symbol?.session ? parsed.bars : withWeekdaySessionIfNoWeekends(parsed.bars);
  const written = await store.write(bars, {
    source: options.source ?? 'csv',
    origin: `csv ${path.basename(file)}`,
    mode: options.replace ? 'replace' : 'append',
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

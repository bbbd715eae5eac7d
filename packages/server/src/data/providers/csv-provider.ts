/**
 * A CSV file as a provider: the file is read once through importCsvFile (same parsing, checks and
 * messages as `barwise data import`) into a private in-memory store, then served by range.
 */
import path from 'node:path';
import { type Bars, InputError, type SymbolInfo, sliceByTime, type Timeframe } from '@barwise/core';
import { openDatabase } from '../../store/database.ts';
import { CandleStore } from '../candle-store.ts';
import { importCsvFile } from '../import-csv-file.ts';
import type { BarRange, Instrument, MarketDataProvider } from './market-data-provider.ts';

export interface CsvProviderOptions {
  readonly file: string;
  readonly ticker: string;
  readonly timeframe: Timeframe;
  readonly timezone?: string | undefined;
  readonly symbol?: Partial<SymbolInfo> | undefined;
}

export class CsvProvider implements MarketDataProvider {
  readonly source = 'csv';
  private bars: Promise<Bars> | undefined;

  constructor(private readonly options: CsvProviderOptions) {}

  async describe(name: string): Promise<Instrument> {
    if (name !== this.options.ticker)
      throw new InputError(
        `${path.basename(this.options.file)} holds ${this.options.ticker}, not ${name}`,
      );
    const symbol = (await this.load()).symbol;
    return {
      symbol,
      providerSymbol: path.basename(this.options.file),
      timeframes: [this.options.timeframe],
    };
  }

  async *pages(
    _instrument: Instrument,
    _timeframe: Timeframe,
    range: BarRange,
  ): AsyncIterable<Bars> {
    const page = sliceByTime(await this.load(), range.from, range.to);
    if (page.length > 0) yield page;
  }

  private load(): Promise<Bars> {
    this.bars ??= (async () => {
      const database = await openDatabase({ kind: 'sqlite', file: ':memory:' });
      try {
        const store = new CandleStore(database);
        const { dataset } = await importCsvFile(store, this.options.file, {
          ticker: this.options.ticker,
          timeframe: this.options.timeframe,
          timezone: this.options.timezone,
          symbol: this.options.symbol,
        });
        return await store.load(dataset);
      } finally {
        await database.close();
      }
    })();
    return this.bars;
  }
}

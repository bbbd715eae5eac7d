/** Importing a CSV file end to end: read, parse, store in SQLite (rows per second). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseTimeframe } from '@barwise/core';
import { importCsvFile, writeBarsCsv } from '@barwise/server';
import type { BenchCase } from '../bench-case.ts';
import { minuteBars } from './fixtures.ts';
import { temporaryBarwise } from './temporary-barwise.ts';

const ROWS = 500_000;

export const csvImport: BenchCase = {
  name: 'csv-import-500k',
  description: 'barwise data import of a 500,000-row CSV (ISO times) into the embedded store',
  itemsPerOp: ROWS,
  unit: 'rows',
  async setup() {
    const { app, dir, dispose } = await temporaryBarwise();
    const file = path.join(dir, 'bench.csv');
    const pieces: string[] = [];
    writeBarsCsv(minuteBars(ROWS), (text) => pieces.push(text));
    writeFileSync(file, pieces.join(''));
    const timeframe = parseTimeframe('1');
    return {
      run: () => importCsvFile(app.candles, file, { ticker: 'BENCH', timeframe, replace: true }),
      teardown: dispose,
    };
  },
};

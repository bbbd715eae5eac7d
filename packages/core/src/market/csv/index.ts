/** OHLCV CSV import: `parseOhlcvCsv` and the types of its options, report and error. */
export { CsvFormatError } from './csv-format-error.ts';
export { type CsvImportReport, type CsvParseOptions, parseOhlcvCsv } from './parse-ohlcv-csv.ts';
export { TimeReader } from './parse-time.ts';

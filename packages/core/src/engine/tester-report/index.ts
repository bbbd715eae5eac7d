/** Strategy Tester reports: Performance Summary, List of Trades CSV (write and read), trade-list comparison. */
export * from './compare-trade-lists.ts';
export * from './engine-trade-records.ts';
export * from './equity-excursions.ts';
export * from './list-number-format.ts';
export * from './list-time.ts';
export * from './listed-trade.ts';
export * from './performance-summary.ts';
export * from './risk-ratios.ts';
export * from './trade-list-csv-reader.ts';
export * from './trade-list-csv-writer.ts';
export * from './trade-statistics.ts';

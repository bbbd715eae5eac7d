/** Market model: columnar bars, symbols, timeframes, time zones, sessions, resampling, synthetic data. */
export * from './bars.ts';
export * from './symbol-info.ts';
export * from './timeframe.ts';
export * from './timezone.ts';

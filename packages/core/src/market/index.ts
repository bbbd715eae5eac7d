/** Market model: columnar bars, symbols, timeframes, time zones, sessions, resampling, synthetic data. */
export * from './bars.ts';
export * from './csv/index.ts';
export * from './gaps.ts';
export * from './infer-mintick.ts';
export * from './random.ts';
export * from './resample.ts';
export * from './session.ts';
export * from './symbol-info.ts';
export * from './synthetic.ts';
export * from './time-format.ts';
export * from './timeframe.ts';
export * from './timezone.ts';

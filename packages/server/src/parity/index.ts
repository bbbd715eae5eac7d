/** The parity harness: run a corpus of Pine strategies and compare their trades with TradingView's exports. */
export * from './chart-start.ts';
export * from './discover-probes.ts';
export * from './format-parity.ts';
export * from './load-probe-bars.ts';
export * from './probe-settings.ts';
export * from './run-parity.ts';

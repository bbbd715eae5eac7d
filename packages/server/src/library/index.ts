/** The strategy library: stored scripts, their versions and tags, and what the checker says of them. */
export * from './analyze-strategy.ts';
export * from './strategy.ts';
export * from './strategy-library.ts';

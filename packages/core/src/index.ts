/** @barwise/core: the pure TypeScript core (no Node built-ins; runs in Node and browsers). */
export * from './assert.ts';
export * from './engine/index.ts';
export * from './input-error.ts';
export * from './market/index.ts';
export * from './pine/index.ts';

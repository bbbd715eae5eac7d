/** Pine Script: syntax front end (the checker, compiler and runtime join it later). */
export * from './syntax/index.ts';

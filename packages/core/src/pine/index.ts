/** Pine Script: syntax front end, built-in signature table, checker and runtime library (the compiler joins them next). */
export * from './builtins/index.ts';
export * from './check/index.ts';
export * as runtime from './runtime/index.ts';
export * from './syntax/index.ts';

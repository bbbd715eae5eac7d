/** Pine Script: syntax front end, built-in signature table and checker (the compiler and runtime join later). */
export * from './builtins/index.ts';
export * from './check/index.ts';
export * from './syntax/index.ts';

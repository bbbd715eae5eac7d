/** Pine Script: syntax front end, built-in signature table, checker, compiler, runtime library and run loop. */
export * from './builtins/index.ts';
export * from './check/index.ts';
export * from './compile/index.ts';
export * from './convert/index.ts';
export { compileScript } from './run/compile-script.ts';
export type { RunContext as PineRunContext } from './run/run-context.ts';
export {
  createScriptRun,
  PROGRESS_STEPS,
  RunCancelledError,
  type RunOptions,
  runScript,
  type ScriptFactory,
  type ScriptRun,
} from './run/run-script.ts';
export * as runtime from './runtime/index.ts';
export * from './syntax/index.ts';

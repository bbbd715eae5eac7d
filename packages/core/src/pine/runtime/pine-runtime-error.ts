/** The error a built-in throws at run time (array index out of range, bad argument); the compiler adds the Pine line and bar. */

/**
 * Thrown by runtime built-ins when TradingView stops the script with a runtime error. The message
 * follows TradingView's wording where it is known; `barIndex` and `line` are filled in by the
 * compiled script's error handler, never by the runtime itself.
 */
export class PineRuntimeError extends Error {
  override name = 'PineRuntimeError';
  barIndex: number | undefined;
  line: number | undefined;
}

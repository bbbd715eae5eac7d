/** runtime.error(): stops the script with the given message. */
import { PineRuntimeError } from '../pine-runtime-error.ts';

/**
 * Pure `runtime` namespace. The compiler adds the Pine line and bar to the thrown error.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_runtime.error
 */
export const runtime = {
  error(message: string | null): never {
    throw new PineRuntimeError(message ?? '');
  },
};

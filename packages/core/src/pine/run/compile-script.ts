/** Compiles a script against this runtime: built-ins the runtime lacks are compile errors. */
import { type CompiledScript, type CompileOptions, compilePine } from '../compile/compile-pine.ts';
import { isImplemented } from './namespaces.ts';

export function compileScript(
  source: string,
  options: Omit<CompileOptions, 'implemented'> = {},
): CompiledScript {
  return compilePine(source, { ...options, implemented: isImplemented });
}

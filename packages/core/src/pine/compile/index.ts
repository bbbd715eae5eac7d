/** Pine compiler back half: checked AST → JavaScript factory (see compile-pine.ts). */
export { CompileError } from './compile-error.ts';
export { type CompiledScript, type CompileOptions, compilePine } from './compile-pine.ts';
export { describeInputs, type InputValue, resolveInputs, type ScriptInput } from './inputs.ts';

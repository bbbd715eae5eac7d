/**
 * `barwise convert --to ts`: a compiled Pine script as a readable TypeScript module that runs with
 * the Barwise runtime library to the same outputs. The module holds the compiler's generated
 * program (indented) as an exported `factory`, the script's inputs as typed declarations, and a
 * `run(bars, inputs?)` helper. The Pine source is embedded as a JSON string: runs read the
 * declaration (strategy settings, drawing limits) and input metadata from it.
 */
import type { CompiledScript } from '../compile/compile-pine.ts';
import { indentGeneratedCode } from './indent-generated-code.ts';
import { inputsModuleText } from './inputs-module-text.ts';

export interface ConvertOptions {
  /** The module the converted script imports the runtime from; default `@barwise/core`. */
  readonly runtimeModule?: string;
}

/** User text in a block comment: quoted as JSON, with `*\/` broken so it cannot end the comment. */
const commentText = (text: string) => JSON.stringify(text).replace(/\*\//g, '*\\/');

export function convertToTypeScript(
  compiled: CompiledScript,
  source: string,
  options: ConvertOptions = {},
): string {
  const runtimeModule = options.runtimeModule ?? '@barwise/core';
  // ES modules are strict already; the directive is only needed where the code is a Function body.
  const body = compiled.code.replace(/^"use strict";\n/, '');
  return [
    '// @ts-nocheck -- the factory body is the compiler’s untyped JavaScript; the exports are typed.',
    '/**',
    ` * ${commentText(compiled.title)}: Pine Script v${compiled.version} ${compiled.kind}, converted to TypeScript by \`barwise convert\``,
    ` * from ${commentText(compiled.fileName)}. It runs with the Barwise runtime library and produces the same`,
    ' * plots, alerts and trades as `barwise run` on the same bars.',
    ' */',
    `import { type Bars, compileScript, type RunOptions, runScript, type ScriptFactory, type ScriptRun } from ${JSON.stringify(runtimeModule)};`,
    '',
    '/** The Pine source: runs read its declaration and input metadata. */',
    `export const SOURCE = ${JSON.stringify(source)};`,
    `export const FILE_NAME = ${JSON.stringify(compiled.fileName)};`,
    '',
    inputsModuleText(compiled.inputs),
    '',
    "/** The script's program: given a run's environment, returns the function that executes bars `from` … `to` − 1. */",
    'export const factory: ScriptFactory = ($env) => {',
    indentGeneratedCode(body, '  ', 1),
    '};',
    '',
    '/** Runs the script over `bars` (inputs by title override the defaults); outputs are in `run.context`. */',
    'export function run(',
    '  bars: Bars,',
    '  overrides: Partial<ScriptInputs> = {},',
    '  options: Omit<RunOptions, "factory" | "inputs"> = {},',
    '): ScriptRun {',
    '  const compiled = compileScript(SOURCE, { fileName: FILE_NAME });',
    '  return runScript(compiled, bars, { ...options, inputs: overrides, factory });',
    '}',
    '',
  ].join('\n');
}

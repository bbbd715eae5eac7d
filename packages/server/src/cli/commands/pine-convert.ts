/** `barwise convert <script.pine> --to ts [--out file.ts]`: a Pine script as a TypeScript module on the Barwise runtime. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
// Until packages/core/src/pine/index.ts re-exports convert/, import it by path.
import { compileScript, convertToTypeScript } from '@barwise/core';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../context.ts';
import { readScript } from './pine-check.ts';

interface ConvertCommandOptions {
  to: 'ts';
  out?: string;
}

export function registerPineConvert(program: Command, ctx: CommandContext): void {
  program
    .command('convert')
    .description('convert a Pine script to a TypeScript module that runs on the Barwise runtime')
    .argument('<script>', 'Pine Script file (.pine)')
    .addOption(new Option('--to <language>', 'target language').choices(['ts']).default('ts'))
    .option('--out <file>', 'write the module to this file instead of stdout')
    .action(async (script: string, options: ConvertCommandOptions) => {
      const source = await readScript(script, ctx.io.cwd);
      const compiled = compileScript(source, { fileName: path.basename(script) });
      const text = convertToTypeScript(compiled, source);
      if (options.out === undefined) ctx.io.stdout.write(text);
      else await writeFile(path.resolve(ctx.io.cwd, options.out), text);
    });
}

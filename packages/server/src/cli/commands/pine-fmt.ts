/** `barwise fmt <file> [--write]`: print a Pine script in canonical form, or rewrite the file. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic, InputError, parsePine, printPine } from '@barwise/core';
import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';
import { readScript } from './pine-check.ts';

export function registerPineFmt(program: Command, ctx: CommandContext): void {
  program
    .command('fmt')
    .description('print a Pine Script file in canonical form (comments kept)')
    .argument('<file>', 'Pine Script file (.pine)')
    .option('--write', 'rewrite the file in place instead of printing it')
    .action(async (file: string, options: { write?: boolean }) => {
      const text = await readScript(file, ctx.io.cwd);
      const parsed = parsePine(text);
      const first = parsed.diagnostics[0];
      // A broken file would lose text when reprinted: refuse and point at the first error.
      if (first) {
        ctx.io.stderr.write(`${formatDiagnostic(first, text, file)}\n`);
        throw new InputError(`${file} has syntax errors; not formatted`);
      }
      const printed = printPine(parsed.ast);
      if (options.write) {
        if (printed !== text) await writeFile(path.resolve(ctx.io.cwd, file), printed, 'utf8');
      } else ctx.io.stdout.write(printed);
    });
}

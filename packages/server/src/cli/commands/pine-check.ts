/** `barwise check <files…> [--json]`: parse and check Pine scripts; exit 1 when any has an error. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkPine,
  createLineIndex,
  formatPineDiagnostic,
  InputError,
  type PineDiagnostic,
  parsePine,
} from '@barwise/core';
import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  hint: string | null;
}

/** Reads a script; a missing or unreadable file is bad input (one-line message, exit 1). */
export async function readScript(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code ?? String(error)}`,
    );
  }
}

/** Syntax diagnostics, then (when the parse is clean) checker diagnostics. */
export function diagnosePine(text: string): PineDiagnostic[] {
  const parsed = parsePine(text);
  if (parsed.diagnostics.length > 0) return parsed.diagnostics;
  return checkPine(parsed.ast, parsed.version === null ? {} : { version: parsed.version })
    .diagnostics;
}

function toJson(file: string, text: string, d: PineDiagnostic): JsonDiagnostic {
  const index = createLineIndex(text);
  const start = index.position(d.start);
  const end = index.position(d.end);
  return {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    hint: d.hint ?? null,
  };
}

export function registerPineCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('check Pine Script files (syntax, names, types, qualifiers, calls, v5/v6 rules)')
    .argument('<files...>', 'Pine Script files (.pine)')
    .option('--json', 'print the diagnostics as a JSON array instead of text')
    .action(async (files: string[], options: { json?: boolean }) => {
      const texts = await Promise.all(files.map((f) => readScript(f, ctx.io.cwd)));
      const all: JsonDiagnostic[] = [];
      let errors = 0;
      for (const [i, file] of files.entries()) {
        const text = texts[i]!;
        for (const d of diagnosePine(text)) {
          if (d.severity === 'error') errors++;
          if (options.json) all.push(toJson(file, text, d));
          else ctx.io.stdout.write(`${formatPineDiagnostic(d, text, file)}\n`);
        }
      }
      if (options.json) ctx.io.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      if (errors > 0)
        throw new InputError(
          `${errors} error${errors === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`,
        );
    });
}

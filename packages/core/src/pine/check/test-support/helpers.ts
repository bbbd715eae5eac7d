/** Test helpers for the checker, esbuild style: `expectError(src, "3:7: C4001 …")`, one line per case. */
import { expect } from 'vitest';
import { parsePine } from '../../syntax/parser.ts';
import { createLineIndex } from '../../syntax/source-text.ts';
import { type CheckResult, checkPine } from '../check-pine.ts';
import type { PineDiagnostic } from '../codes.ts';

/** Parse, then (when the parse is clean) check; the version comes from `//@version`, else 6. */
export function analyse(src: string): {
  diagnostics: PineDiagnostic[];
  result: CheckResult | null;
} {
  const parsed = parsePine(src);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics, result: null };
  const result = checkPine(parsed.ast);
  return { diagnostics: result.diagnostics, result };
}

function lines(src: string, severity: 'error' | 'warning'): string[] {
  const index = createLineIndex(src);
  return analyse(src)
    .diagnostics.filter((d) => d.severity === severity)
    .map((d) => {
      const { line, column } = index.position(d.start);
      return `${line}:${column}: ${d.code} ${d.message}`;
    });
}

export const errorLines = (src: string): string[] => lines(src, 'error');
export const warningLines = (src: string): string[] => lines(src, 'warning');

/** The first error is `expected` (`line:col: CODE message-prefix`). */
export function expectError(src: string, expected: string): void {
  const actual = errorLines(src);
  expect(actual.length, `no error for ${JSON.stringify(src)}`).toBeGreaterThan(0);
  expect(actual[0]!.startsWith(expected), `${actual.join('\n')}\n≠ ${expected}`).toBe(true);
}

export function expectWarning(src: string, expected: string): void {
  expect(errorLines(src)).toEqual([]);
  const actual = warningLines(src);
  expect(
    actual.some((l) => l.startsWith(expected)),
    `${actual.join('\n')}\n≠ ${expected}`,
  ).toBe(true);
}

/** No errors (warnings allowed). */
export function expectClean(src: string): void {
  expect(errorLines(src)).toEqual([]);
}

/** Syntax diagnostics: stable codes, ranges as offsets, and the `file:line:col` formatter. */

import { createLineIndex } from './source-text.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly hint?: string;
}

/**
 * Codes are stable: tools and tests match on them. P1xxx come from the lexer, P2xxx from the
 * parser. The checker (scopes, types) uses its own range.
 */
export const DIAGNOSTIC_CODES = {
  P1001: 'unexpected character',
  P1002: 'unterminated string',
  P1003: 'invalid number',
  P1004: 'invalid color literal',
  P1005: 'invalid escape sequence',
  P2001: 'expected an expression',
  P2002: 'expected a token',
  P2003: 'unexpected token at end of statement',
  P2004: 'unexpected indentation',
  P2005: 'expected an indented block',
  P2006: 'invalid assignment target',
  P2007: 'block expression not allowed here',
  P2008: 'expected a type',
  P2009: 'expected an identifier',
  P2010: 'invalid declaration',
  P2011: 'nesting too deep',
  P9999: 'internal parser error',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function makeDiagnostic(
  code: DiagnosticCode,
  start: number,
  end: number,
  message: string,
  hint?: string,
): Diagnostic {
  const base = { code, severity: 'error' as const, message, start, end };
  return hint === undefined ? base : { ...base, hint };
}

/**
 * `file:line:col: error CODE: message`, then the source line and a caret line under the range
 * (clipped to the first line), then `hint: …` when there is one. Columns are 1-based.
 */
export function formatDiagnostic(d: Diagnostic, sourceText: string, fileName = '<input>'): string {
  const index = createLineIndex(sourceText);
  const { line, column } = index.position(d.start);
  const lineText = index.lineText(line);
  const width = Math.max(1, Math.min(d.end, d.start + lineText.length - column + 1) - d.start);
  const pad = lineText.slice(0, column - 1).replace(/[^\t]/g, ' ');
  const out = [
    `${fileName}:${line}:${column}: ${d.severity} ${d.code}: ${d.message}`,
    lineText,
    `${pad}${'^'.repeat(width)}`,
  ];
  if (d.hint !== undefined) out.push(`hint: ${d.hint}`);
  return out.join('\n');
}

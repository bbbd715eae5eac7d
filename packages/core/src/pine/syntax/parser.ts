/** `parsePine`: text → `{ ast, diagnostics, version }`; never throws, reports every error it can. */

import type { Script } from './ast.ts';
import { type Diagnostic, makeDiagnostic } from './diagnostics.ts';
import { lex } from './lexer.ts';
import { ParserState, parseAnnotation } from './parser-state.ts';
import { parseLines, parseStatementLine } from './parser-statements.ts';
import type { CommentToken } from './tokens.ts';

export interface ParseOptions {
  /** Used by callers when formatting diagnostics; the parser itself only passes it through. */
  readonly fileName?: string;
}

export interface ParseResult {
  readonly ast: Script;
  readonly diagnostics: Diagnostic[];
  /** From the `//@version=N` annotation; null when absent or not 5/6 (checked later). */
  readonly version: 5 | 6 | null;
  readonly fileName?: string;
}

export function parsePine(text: string, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let ast: Script;
  let version: 5 | 6 | null = null;
  try {
    const lexed = lex(text);
    version = versionOf(lexed.comments);
    diagnostics.push(...lexed.diagnostics);
    const parserDiagnostics: Diagnostic[] = [];
    const p = new ParserState(lexed.tokens, lexed.comments, parserDiagnostics);
    const body = parseLines(p, 0, parseStatementLine);
    const trailingComments = p.takeCommentsBefore(Number.POSITIVE_INFINITY);
    ast = { kind: 'Script', start: 0, end: text.length, body, trailingComments };
    diagnostics.push(...parserDiagnostics);
    diagnostics.sort((a, b) => a.start - b.start);
  } catch (error) {
    // Guard for the unforeseen (e.g. stack exhaustion on absurd nesting): report, never throw.
    ast = { kind: 'Script', start: 0, end: text.length, body: [], trailingComments: [] };
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push(makeDiagnostic('P9999', 0, 0, `internal parser error: ${message}`));
  }
  const result = { ast, diagnostics, version };
  return options.fileName === undefined ? result : { ...result, fileName: options.fileName };
}

/** First `//@version=N` annotation wins, wherever it is, as in TradingView. */
function versionOf(comments: readonly CommentToken[]): 5 | 6 | null {
  for (const c of comments) {
    const annotation = parseAnnotation(c.text);
    if (annotation?.name !== 'version') continue;
    const n = Number(annotation.value);
    return n === 5 || n === 6 ? n : null;
  }
  return null;
}

/** Pine v5/v6 syntax front end: lexer, parser (text → AST + diagnostics), printer (AST → text). */
export * from './ast.ts';
export {
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  formatDiagnostic,
  type Severity,
} from './diagnostics.ts';
export { type LexResult, lex } from './lexer.ts';
export { type ParseOptions, type ParseResult, parsePine } from './parser.ts';
export { printPine } from './printer.ts';
export { createLineIndex, type LineColumn, type LineIndex } from './source-text.ts';
export type { CommentToken, Token, TokenKind } from './tokens.ts';

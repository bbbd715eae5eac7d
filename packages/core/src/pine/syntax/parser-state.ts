/**
 * Token cursor shared by the parser files: Pine's line rules (a line break ends a statement unless
 * the next line is indented by a non-multiple of 4 or we are inside brackets), diagnostics with
 * one report per position, recovery, and the comment queue that statements take from.
 * @see https://www.tradingview.com/pine-script-docs/writing/style-guide/#line-wrapping
 */

import type { Annotation, Comment, Span } from './ast.ts';
import { type Diagnostic, type DiagnosticCode, makeDiagnostic } from './diagnostics.ts';
import type { CommentToken, Token } from './tokens.ts';

const INDENT_UNIT = 4;

export class ParserState {
  readonly tokens: readonly Token[];
  readonly diagnostics: Diagnostic[];
  readonly comments: readonly Comment[];
  pos = 0;
  commentPos = 0;
  /** Indent width of the statements of the block being parsed. */
  blockIndent = 0;
  /** Position of the token that begins the current logical line; it does not count as a break. */
  lineStartPos = 0;
  /** > 0 inside `( )` or `[ ]`, where line breaks are insignificant. */
  bracketDepth = 0;
  /** Expression nesting, bounded so absurd input cannot exhaust the stack. */
  depth = 0;
  private lastErrorAt = -1;
  private readonly rawComments: readonly CommentToken[];

  constructor(
    tokens: readonly Token[],
    comments: readonly CommentToken[],
    diagnostics: Diagnostic[],
  ) {
    this.tokens = tokens;
    this.diagnostics = diagnostics;
    this.rawComments = comments;
    this.comments = comments.map(toComment);
  }

  get tok(): Token {
    return this.tokens[this.pos] ?? this.eofToken();
  }

  peek(k = 1): Token {
    return this.tokens[this.pos + k] ?? this.eofToken();
  }

  /** End offset of the last consumed token. */
  get prevEnd(): number {
    return this.tokens[this.pos - 1]?.end ?? 0;
  }

  next(): Token {
    const t = this.tok;
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  get atEof(): boolean {
    return this.tok.kind === 'eof';
  }

  /** The current token starts a new logical line (or is the end of input). */
  atLineBreak(): boolean {
    const t = this.tok;
    if (t.kind === 'eof') return true;
    return (
      this.pos !== this.lineStartPos &&
      this.bracketDepth === 0 &&
      t.lineStart &&
      t.indent % INDENT_UNIT === 0
    );
  }

  /** Current token is operator/punctuation `text` on the same logical line. */
  is(text: string): boolean {
    const t = this.tok;
    return (
      (t.kind === 'operator' || t.kind === 'punctuation') && t.text === text && !this.atLineBreak()
    );
  }

  isKeyword(text: string): boolean {
    return this.tok.kind === 'keyword' && this.tok.text === text && !this.atLineBreak();
  }

  /** A contextual word (`to`, `by`, `in`, `as`) on the same logical line. */
  isWord(text: string): boolean {
    return this.tok.kind === 'identifier' && this.tok.text === text && !this.atLineBreak();
  }

  eat(text: string): boolean {
    if (!this.is(text)) return false;
    this.pos++;
    return true;
  }

  /** Consumes `text` or reports P2002 (without consuming) and returns false. */
  expect(text: string, hint?: string): boolean {
    if (this.eat(text)) return true;
    if (this.atLineBreak() && !this.atEof) {
      const at = { start: this.prevEnd, end: this.prevEnd };
      this.error('P2002', at, `expected '${text}' before the end of the line`, hint);
    } else
      this.error('P2002', this.tok, `expected '${text}' but found ${describe(this.tok)}`, hint);
    return false;
  }

  error(code: DiagnosticCode, at: Span, message: string, hint?: string): void {
    // One report per position; an invalid character was already reported by the lexer.
    if (at.start === this.lastErrorAt) return;
    if (this.tok.kind === 'invalid' && at.start === this.tok.start) return;
    this.lastErrorAt = at.start;
    this.diagnostics.push(
      makeDiagnostic(code, at.start, Math.max(at.end, at.start), message, hint),
    );
  }

  /** Skips to the next logical line whose indentation is at most `indent`. */
  syncTo(indent: number): void {
    const saved = this.bracketDepth;
    this.bracketDepth = 0;
    while (!this.atEof && !(this.atLineBreak() && this.tok.indent <= indent)) this.pos++;
    this.bracketDepth = saved;
  }

  /** Skips the rest of the current logical line. */
  skipLine(): void {
    const saved = this.bracketDepth;
    this.bracketDepth = 0;
    while (!this.atLineBreak()) this.pos++;
    this.bracketDepth = saved;
  }

  /** Comments that start before `offset` and have not been taken yet. */
  takeCommentsBefore(offset: number): Comment[] {
    const out: Comment[] = [];
    let c = this.comments[this.commentPos];
    while (c !== undefined && c.start < offset) {
      out.push(c);
      c = this.comments[++this.commentPos];
    }
    return out;
  }

  /** The comment ending the line of the last consumed token, if any. */
  takeTrailingComment(): Comment | null {
    const c = this.comments[this.commentPos];
    const raw = this.rawComments[this.commentPos];
    if (c === undefined || raw === undefined || !raw.trailing) return null;
    if (c.start < this.prevEnd || c.start > this.tok.start) return null;
    this.commentPos++;
    return c;
  }

  private eofToken(): Token {
    const last = this.tokens[this.tokens.length - 1];
    const end = last?.end ?? 0;
    return { kind: 'eof', text: '', start: end, end, lineStart: true, indent: 0 };
  }
}

export function describe(t: Token): string {
  if (t.kind === 'eof') return 'end of input';
  if (t.lineStart && t.kind !== 'invalid') return `'${t.text}' on a new line`;
  return `'${t.text}'`;
}

/** `//@version=6` → {version, 6}; `//@param len Length` → {param, "len Length"}. */
export function parseAnnotation(text: string): Annotation | null {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 64) return null;
  const nameStart = ++i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
    if (!word) break;
    i++;
  }
  if (i === nameStart) return null;
  const name = text.slice(nameStart, i);
  const rest = text.slice(i);
  const value = rest.startsWith('=') ? rest.slice(1).trim() : rest.trim();
  return { name, value };
}

function toComment(c: CommentToken): Comment {
  return {
    kind: 'Comment',
    start: c.start,
    end: c.end,
    text: c.text,
    annotation: parseAnnotation(c.text),
  };
}

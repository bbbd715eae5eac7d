/**
 * Hand-written Pine lexer over char codes: tokens with offsets and line-start/indent flags,
 * comments on the side, and lexical diagnostics. It never throws.
 * Blocks and line wrapping are decided by the parser from `lineStart`/`indent`.
 * @see https://www.tradingview.com/pine-script-docs/language/script-structure/
 */

import { type Diagnostic, makeDiagnostic } from './diagnostics.ts';
import { type CommentToken, KEYWORDS, type Token, type TokenKind } from './tokens.ts';

export interface LexResult {
  readonly tokens: Token[];
  readonly comments: CommentToken[];
  readonly diagnostics: Diagnostic[];
}

const TAB_WIDTH = 4;

enum C {
  Tab = 9,
  Lf = 10,
  Vt = 11,
  Ff = 12,
  Cr = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Hash = 35,
  Percent = 37,
  SQuote = 39,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  D0 = 48,
  D9 = 57,
  Colon = 58,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
  UpperA = 65,
  UpperE = 69,
  UpperF = 70,
  UpperZ = 90,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Underscore = 95,
  LowerA = 97,
  LowerE = 101,
  LowerF = 102,
  LowerZ = 122,
  Nbsp = 0xa0,
  Bom = 0xfeff,
}

const isDigit = (c: number) => c >= C.D0 && c <= C.D9;
const isHex = (c: number) =>
  isDigit(c) || (c >= C.UpperA && c <= C.UpperF) || (c >= C.LowerA && c <= C.LowerF);
const isIdentStart = (c: number) =>
  (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || c === C.Underscore;
const isIdentPart = (c: number) => isIdentStart(c) || isDigit(c);
const isBlank = (c: number) =>
  c === C.Space || c === C.Tab || c === C.Vt || c === C.Ff || c === C.Nbsp || c === C.Bom;

/** Two-character operators, checked before the one-character ones. */
const PAIRS: ReadonlySet<string> = new Set([
  ':=',
  '==',
  '!=',
  '<=',
  '>=',
  '=>',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
]);
const SINGLE_OPERATORS = '+-*/%<>=?:';
const PUNCTUATION = '()[],.';

export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  const comments: CommentToken[] = [];
  const diagnostics: Diagnostic[] = [];
  const n = text.length;
  let i = 0;
  let atLineStart = true;
  let lineStart = false;
  let indent = 0;

  const push = (kind: TokenKind, start: number, end: number) => {
    tokens.push({ kind, text: text.slice(start, end), start, end, lineStart, indent });
    lineStart = false;
  };

  while (i < n) {
    let c = text.charCodeAt(i);

    if (atLineStart) {
      let width = 0;
      while (i < n && isBlank((c = text.charCodeAt(i)))) {
        width = c === C.Tab ? width + TAB_WIDTH : width + 1;
        i++;
      }
      if (i >= n) break;
      if (c === C.Lf || c === C.Cr) {
        i += c === C.Cr && text.charCodeAt(i + 1) === C.Lf ? 2 : 1;
        continue;
      }
      atLineStart = false;
      if (c === C.Slash && text.charCodeAt(i + 1) === C.Slash) {
        i = readComment(text, i, comments, false);
        continue;
      }
      lineStart = true;
      indent = width;
    }

    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === C.Lf || c === C.Cr) {
      i += c === C.Cr && text.charCodeAt(i + 1) === C.Lf ? 2 : 1;
      atLineStart = true;
      lineStart = false;
      continue;
    }
    const start = i;
    if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      push(KEYWORDS.has(text.slice(start, i)) ? 'keyword' : 'identifier', start, i);
      continue;
    }
    if (isDigit(c) || (c === C.Dot && isDigit(text.charCodeAt(i + 1)))) {
      i = readNumber(text, i, diagnostics);
      push('number', start, i);
      continue;
    }
    if (c === C.DQuote || c === C.SQuote) {
      i = readString(text, i, diagnostics);
      push('string', start, i);
      continue;
    }
    if (c === C.Hash) {
      i++;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      const count = i - start - 1;
      let hex = count === 6 || count === 8;
      for (let k = start + 1; hex && k < i; k++) hex = isHex(text.charCodeAt(k));
      if (!hex) {
        diagnostics.push(
          makeDiagnostic(
            'P1004',
            start,
            i,
            `invalid color literal '${text.slice(start, i)}'`,
            'write #RRGGBB or #RRGGBBAA with hexadecimal digits',
          ),
        );
      }
      push('color', start, i);
      continue;
    }
    if (c === C.Slash && text.charCodeAt(i + 1) === C.Slash) {
      i = readComment(text, i, comments, true);
      continue;
    }
    const pair = text.slice(i, i + 2);
    if (PAIRS.has(pair)) {
      i += 2;
      push('operator', start, i);
      continue;
    }
    const ch = text[i] ?? '';
    if (SINGLE_OPERATORS.includes(ch)) {
      i++;
      push('operator', start, i);
      continue;
    }
    if (PUNCTUATION.includes(ch)) {
      i++;
      push('punctuation', start, i);
      continue;
    }
    // Unknown character (or a lone surrogate pair): one invalid token, one diagnostic.
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    diagnostics.push(
      makeDiagnostic(
        'P1001',
        start,
        i,
        `unexpected character '${text.slice(start, i)}'`,
        c === C.Bang ? "Pine writes logical negation as 'not'" : undefined,
      ),
    );
    push('invalid', start, i);
  }
  tokens.push({ kind: 'eof', text: '', start: n, end: n, lineStart: true, indent: 0 });
  return { tokens, comments, diagnostics };
}

function readComment(text: string, i: number, out: CommentToken[], trailing: boolean): number {
  const start = i;
  let end = i + 2;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === C.Lf || c === C.Cr) break;
    end++;
  }
  out.push({ start, end, text: text.slice(start + 2, end), trailing });
  return end;
}

/** `12`, `1.5`, `.5`, `1.`, `1e-5`, `2.5E+3`. */
function readNumber(text: string, i: number, diagnostics: Diagnostic[]): number {
  const start = i;
  const n = text.length;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === C.Dot) {
    i++;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === C.LowerE || e === C.UpperE) {
    let j = i + 1;
    const s = text.charCodeAt(j);
    if (s === C.Plus || s === C.Minus) j++;
    if (isDigit(text.charCodeAt(j))) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      i = j;
    } else {
      diagnostics.push(
        makeDiagnostic(
          'P1003',
          start,
          j,
          `invalid number '${text.slice(start, j)}'`,
          'an exponent needs digits, as in 1e-5',
        ),
      );
      i = j;
    }
  }
  return i;
}

/** A string ends at its own quote; a line break or the end of text leaves it unterminated. */
function readString(text: string, i: number, diagnostics: Diagnostic[]): number {
  const start = i;
  const quote = text.charCodeAt(i);
  const n = text.length;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === quote) return i + 1;
    if (c === C.Lf || c === C.Cr) break;
    if (c === C.Backslash && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next === C.Lf || next === C.Cr) break;
      i += 2;
      continue;
    }
    i++;
  }
  diagnostics.push(
    makeDiagnostic(
      'P1002',
      start,
      i,
      'unterminated string',
      `close the string with ${String.fromCharCode(quote)} on the same line`,
    ),
  );
  return i;
}

/** Token kinds and the token record the Pine lexer produces (offsets only; see source-text.ts for lines). */

export type TokenKind =
  | 'identifier'
  | 'keyword'
  | 'number'
  | 'string'
  | 'color'
  | 'operator'
  | 'punctuation'
  | 'invalid'
  | 'eof';

/**
 * Reserved words that can never be identifiers. Contextual words (`type`, `method`, `enum`,
 * `import`, `export`, `const`, `simple`, `series`, `input`, `to`, `by`, `in`, `as`) stay
 * identifiers so that older scripts using them as names still parse.
 * @see https://www.tradingview.com/pine-script-docs/language/identifiers/
 */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'if',
  'else',
  'switch',
  'for',
  'while',
  'break',
  'continue',
  'var',
  'varip',
  'true',
  'false',
]);

export interface Token {
  readonly kind: TokenKind;
  /** Source text of the token (for strings: with quotes; for numbers: as written). */
  readonly text: string;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just past the last character. */
  readonly end: number;
  /** True for the first token of a physical line (blank and comment-only lines do not count). */
  readonly lineStart: boolean;
  /** Width of the line's leading whitespace (a tab counts as 4); meaningful when `lineStart`. */
  readonly indent: number;
}

/** A `//` comment; `//@name value` comments also carry their compiler annotation. */
export interface CommentToken {
  readonly start: number;
  readonly end: number;
  /** Text after the `//`, without the line break. */
  readonly text: string;
  /** True when code precedes the comment on its line. */
  readonly trailing: boolean;
}

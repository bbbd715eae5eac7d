/**
 * Token classes for highlighting one line of Pine, built on core's lexer and built-in tables:
 * comments and `//@` annotations, keywords, literals, and identifiers told apart as built-in
 * namespaces, functions, variables and types. Pine tokens never span lines, so lines are
 * classified independently.
 */
import {
  BUILTIN_NAMESPACES,
  BUILTIN_TYPE_NAMES,
  FUNCTIONS_BY_NAME,
  lex,
  type Token,
  VARIABLES_BY_NAME,
} from '@barwise/core/pine';

export type PineTokenClass =
  | 'annotation'
  | 'comment'
  | 'keyword'
  | 'constant'
  | 'number'
  | 'string'
  | 'color'
  | 'operator'
  | 'punctuation'
  | 'invalid'
  | 'namespace'
  | 'builtin-function'
  | 'function'
  | 'builtin'
  | 'type'
  | 'property'
  | 'variable';

export interface PineSpan {
  /** Offsets within the line. */
  readonly from: number;
  readonly to: number;
  readonly cls: PineTokenClass;
}

/** Words the lexer leaves as identifiers that act as keywords where they are not assigned to. */
const CONTEXTUAL = new Set(['to', 'by', 'in', 'import', 'export', 'method', 'type', 'enum', 'as']);

export function classifyPineLine(line: string): PineSpan[] {
  const { tokens, comments } = lex(line);
  const spans: PineSpan[] = comments.map((c) => ({
    from: c.start,
    to: c.end,
    cls: c.text.startsWith('@') ? 'annotation' : 'comment',
  }));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'eof') break;
    spans.push({ from: t.start, to: t.end, cls: classify(tokens, k) });
  }
  return spans.sort((a, b) => a.from - b.from);
}

function classify(tokens: readonly Token[], k: number): PineTokenClass {
  const t = tokens[k]!;
  switch (t.kind) {
    case 'keyword':
      return t.text === 'true' || t.text === 'false' ? 'constant' : 'keyword';
    case 'identifier':
      return classifyIdentifier(tokens, k);
    case 'eof':
      return 'invalid';
    default:
      return t.kind;
  }
}

function classifyIdentifier(tokens: readonly Token[], k: number): PineTokenClass {
  const name = tokens[k]!.text;
  const next = tokens[k + 1]?.text;
  const afterDot = tokens[k - 1]?.text === '.';
  const full = dottedName(tokens, k);
  const previous = tokens[k - 1]?.text;
  if (next === '=' && (previous === '(' || previous === ',')) return 'property';
  if (next === '.') {
    if (BUILTIN_NAMESPACES.has(full)) return 'namespace';
    return afterDot ? 'property' : 'variable';
  }
  if (next === '(') return FUNCTIONS_BY_NAME.has(full) ? 'builtin-function' : 'function';
  if (VARIABLES_BY_NAME.has(full)) return 'builtin';
  if (!afterDot && BUILTIN_TYPE_NAMES.has(name)) return 'type';
  if (!afterDot && CONTEXTUAL.has(name) && next !== '=' && next !== ':=') return 'keyword';
  return afterDot ? 'property' : 'variable';
}

/** `strategy.closedtrades.profit` for the last identifier of that chain. */
function dottedName(tokens: readonly Token[], k: number): string {
  let name = tokens[k]!.text;
  let j = k;
  while (tokens[j - 1]?.text === '.' && tokens[j - 2]?.kind === 'identifier') {
    j -= 2;
    name = `${tokens[j]!.text}.${name}`;
  }
  return name;
}

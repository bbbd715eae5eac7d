/**
 * Type syntax: `float`, `chart.point`, `lib.Type`, `array<T>`, `matrix<T>`, `map<K, V>`, legacy
 * `T[]`, and the qualifiers `const simple series input`. Parsed speculatively: a failed attempt
 * restores the cursor and reports nothing, so `a < b` stays a comparison.
 * @see https://www.tradingview.com/pine-script-docs/language/type-system/
 */

import type { Qualifier, TypeNode } from './ast.ts';
import type { ParserState } from './parser-state.ts';

const QUALIFIERS: ReadonlySet<string> = new Set(['const', 'simple', 'series', 'input']);

/** Parses a type at the cursor or returns null with the cursor unchanged. */
export function tryParseType(p: ParserState): TypeNode | null {
  const saved = p.pos;
  const type = parseTypeInner(p);
  if (type === null) p.pos = saved;
  return type;
}

function parseTypeInner(p: ParserState): TypeNode | null {
  const first = p.tok;
  if (first.kind !== 'identifier') return null;
  p.next();
  let name = first.text;
  while (p.is('.') && p.peek().kind === 'identifier') {
    p.next();
    name += `.${p.next().text}`;
  }
  const typeArguments: TypeNode[] = [];
  if (p.is('<')) {
    p.next();
    const saved = p.bracketDepth;
    p.bracketDepth++;
    for (;;) {
      const arg = parseTypeInner(p);
      if (arg === null) {
        p.bracketDepth = saved;
        return null;
      }
      typeArguments.push(arg);
      if (!p.eat(',')) break;
    }
    p.bracketDepth = saved;
    if (!p.eat('>')) return null;
  }
  let legacyArray = false;
  if (p.is('[') && p.peek().text === ']' && p.peek().kind === 'punctuation') {
    p.next();
    p.next();
    legacyArray = true;
  }
  return { kind: 'Type', start: first.start, end: p.prevEnd, name, typeArguments, legacyArray };
}

/** `<T, U>` before a call's `(`; null (cursor unchanged) when the tokens are not type arguments. */
export function tryParseTypeArguments(p: ParserState): TypeNode[] | null {
  if (!p.is('<')) return null;
  const saved = p.pos;
  const savedDepth = p.bracketDepth;
  p.next();
  p.bracketDepth++;
  const args: TypeNode[] = [];
  for (;;) {
    const arg = parseTypeInner(p);
    if (arg === null) break;
    args.push(arg);
    if (!p.eat(',')) break;
  }
  p.bracketDepth = savedDepth;
  if (args.length > 0 && p.eat('>') && p.is('(')) return args;
  p.pos = saved;
  return null;
}

/** A qualifier word followed by something that can start a type. */
export function tryParseQualifier(p: ParserState): Qualifier | null {
  const t = p.tok;
  if (t.kind !== 'identifier' || !QUALIFIERS.has(t.text)) return null;
  const after = p.peek();
  if (after.kind !== 'identifier' || (after.lineStart && p.bracketDepth === 0)) return null;
  p.next();
  return t.text as Qualifier;
}

/**
 * `[qualifier] Type name` followed by `=` (or, for parameters, by `,`/`)`/`=`): returns the parts
 * with the cursor on the token after the name, or null with the cursor unchanged.
 */
export function tryParseTypedName(
  p: ParserState,
  follow: (p: ParserState) => boolean,
): {
  qualifier: Qualifier | null;
  type: TypeNode | null;
  nameToken: { text: string; start: number; end: number };
} | null {
  const saved = p.pos;
  const qualifier = tryParseQualifier(p);
  const type = tryParseType(p);
  const name = p.tok;
  if (type !== null && name.kind === 'identifier' && !p.atLineBreak()) {
    p.next();
    if (follow(p)) return { qualifier, type, nameToken: name };
  }
  p.pos = saved;
  // A qualifier without a type (`simple len`) is still a typed name in parameter lists.
  if (qualifier !== null) {
    p.next();
    const bare = p.tok;
    if (bare.kind === 'identifier' && !p.atLineBreak()) {
      p.next();
      if (follow(p)) return { qualifier, type: null, nameToken: bare };
    }
    p.pos = saved;
  }
  return null;
}

/**
 * Expressions by precedence climbing, with Pine's table (highest first): history `[]`;
 * unary `+ - not`; `* / %`; `+ -`; `< > <= >=`; `== !=`; `and`; `or`; `?:` (right-associative).
 * Member access and calls bind tighter than everything.
 * @see https://www.tradingview.com/pine-script-docs/language/operators/#operator-precedence
 */

import type {
  Argument,
  BinaryOperator,
  ErrorExpression,
  Expression,
  Identifier,
  StringLiteral,
  TypeNode,
} from './ast.ts';
import { describe, type ParserState } from './parser-state.ts';
import { tryParseTypeArguments } from './parser-types.ts';
import type { Token } from './tokens.ts';

/** Binding power of each binary operator (higher binds tighter). */
export const BINARY_PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  or: 2,
  and: 3,
  '==': 4,
  '!=': 4,
  '<': 5,
  '>': 5,
  '<=': 5,
  '>=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7,
};
export const TERNARY_PRECEDENCE = 1;
export const UNARY_PRECEDENCE = 8;
export const POSTFIX_PRECEDENCE = 9;

const BLOCK_KEYWORDS: ReadonlySet<string> = new Set(['if', 'switch', 'for', 'while']);

/** Deeper nesting than this is reported (P2011) instead of recursing further. */
const MAX_DEPTH = 200;

export function parseExpression(p: ParserState): Expression {
  if (p.depth >= MAX_DEPTH) return tooDeep(p);
  p.depth++;
  const e = parseTernary(p);
  p.depth--;
  return e;
}

function tooDeep(p: ParserState): Expression {
  const t = p.tok;
  p.error(
    'P2011',
    t,
    `expression nested deeper than ${MAX_DEPTH} levels`,
    'split it into intermediate variables',
  );
  p.skipLine();
  return { kind: 'ErrorExpression', start: t.start, end: t.end };
}

function parseTernary(p: ParserState): Expression {
  const test = parseBinary(p, BINARY_PRECEDENCE.or);
  if (!p.is('?')) return test;
  p.next();
  const consequent = parseExpression(p);
  if (!p.expect(':', "a ternary reads 'condition ? whenTrue : whenFalse'")) {
    return {
      kind: 'ConditionalExpression',
      start: test.start,
      end: p.prevEnd,
      test,
      consequent,
      alternate: errorAt(p),
    };
  }
  const alternate = parseExpression(p);
  return {
    kind: 'ConditionalExpression',
    start: test.start,
    end: alternate.end,
    test,
    consequent,
    alternate,
  };
}

function binaryOperator(p: ParserState): BinaryOperator | null {
  const t = p.tok;
  if (p.atLineBreak()) return null;
  if (t.kind === 'operator' && t.text in BINARY_PRECEDENCE) return t.text as BinaryOperator;
  if (t.kind === 'keyword' && (t.text === 'and' || t.text === 'or')) return t.text;
  return null;
}

function parseBinary(p: ParserState, minPrecedence: number): Expression {
  let left = parseUnary(p);
  for (;;) {
    const op = binaryOperator(p);
    if (op === null) return left;
    const precedence = BINARY_PRECEDENCE[op];
    if (precedence < minPrecedence) return left;
    p.next();
    const right = parseBinary(p, precedence + 1);
    left = {
      kind: 'BinaryExpression',
      start: left.start,
      end: right.end,
      operator: op,
      left,
      right,
    };
  }
}

function parseUnary(p: ParserState): Expression {
  const t = p.tok;
  const unary =
    (t.kind === 'operator' && (t.text === '-' || t.text === '+')) ||
    (t.kind === 'keyword' && t.text === 'not');
  if (!unary || p.atLineBreak()) return parsePostfix(p);
  if (p.depth >= MAX_DEPTH) return tooDeep(p);
  p.next();
  p.depth++;
  const argument = parseUnary(p);
  p.depth--;
  const operator = t.text as '-' | '+' | 'not';
  return { kind: 'UnaryExpression', start: t.start, end: argument.end, operator, argument };
}

function parsePostfix(p: ParserState): Expression {
  let expr = parsePrimary(p);
  for (;;) {
    if (p.is('.')) {
      p.next();
      const property = parseIdentifier(p, 'a member name');
      expr = {
        kind: 'MemberExpression',
        start: expr.start,
        end: property.end,
        object: expr,
        property,
      };
    } else if (p.is('(')) {
      expr = parseCall(p, expr, []);
    } else if (p.is('<') && (expr.kind === 'Identifier' || expr.kind === 'MemberExpression')) {
      const typeArguments = tryParseTypeArguments(p);
      if (typeArguments === null) return expr;
      expr = parseCall(p, expr, typeArguments);
    } else if (p.is('[')) {
      p.next();
      const saved = p.bracketDepth;
      p.bracketDepth++;
      const offset = parseExpression(p);
      p.expect(']');
      p.bracketDepth = saved;
      expr = { kind: 'HistoryExpression', start: expr.start, end: p.prevEnd, object: expr, offset };
    } else {
      return expr;
    }
  }
}

function parseCall(p: ParserState, callee: Expression, typeArguments: TypeNode[]): Expression {
  p.next(); // (
  const saved = p.bracketDepth;
  p.bracketDepth++;
  const args: Argument[] = [];
  while (!p.is(')') && !p.atEof) {
    const t = p.tok;
    let name: Identifier | null = null;
    if (t.kind === 'identifier' && p.peek().kind === 'operator' && p.peek().text === '=') {
      name = { kind: 'Identifier', start: t.start, end: t.end, name: t.text };
      p.next();
      p.next();
    }
    const value = parseExpression(p);
    args.push({ kind: 'Argument', start: t.start, end: value.end, name, value });
    if (!p.eat(',')) break;
  }
  p.expect(')', 'separate arguments with commas');
  p.bracketDepth = saved;
  return {
    kind: 'CallExpression',
    start: callee.start,
    end: p.prevEnd,
    callee,
    typeArguments,
    arguments: args,
  };
}

function parsePrimary(p: ParserState): Expression {
  const t = p.tok;
  if (p.atLineBreak()) return missing(p, t);
  switch (t.kind) {
    case 'identifier':
      p.next();
      return { kind: 'Identifier', start: t.start, end: t.end, name: t.text };
    case 'number':
      p.next();
      return numberLiteral(t);
    case 'string':
      p.next();
      return stringLiteral(t);
    case 'color':
      p.next();
      return { kind: 'ColorLiteral', start: t.start, end: t.end, raw: t.text };
    case 'keyword':
      if (t.text === 'true' || t.text === 'false') {
        p.next();
        return { kind: 'BoolLiteral', start: t.start, end: t.end, value: t.text === 'true' };
      }
      if (BLOCK_KEYWORDS.has(t.text)) {
        p.error(
          'P2007',
          t,
          `'${t.text}' cannot be used inside an expression`,
          `assign it to a variable first: x = ${t.text} …`,
        );
        p.next();
        return { kind: 'ErrorExpression', start: t.start, end: t.end };
      }
      return missing(p, t);
    case 'punctuation':
      if (t.text === '(') {
        p.next();
        const saved = p.bracketDepth;
        p.bracketDepth++;
        const inner = parseExpression(p);
        p.expect(')');
        p.bracketDepth = saved;
        return inner;
      }
      if (t.text === '[') return parseTuple(p);
      return missing(p, t);
    default:
      return missing(p, t);
  }
}

function parseTuple(p: ParserState): Expression {
  const open = p.next();
  const saved = p.bracketDepth;
  p.bracketDepth++;
  const elements: Expression[] = [];
  while (!p.is(']') && !p.atEof) {
    elements.push(parseExpression(p));
    if (!p.eat(',')) break;
  }
  p.expect(']');
  p.bracketDepth = saved;
  return { kind: 'TupleExpression', start: open.start, end: p.prevEnd, elements };
}

export function parseIdentifier(p: ParserState, what: string): Identifier {
  const t = p.tok;
  if (t.kind === 'identifier' && !p.atLineBreak()) {
    p.next();
    return { kind: 'Identifier', start: t.start, end: t.end, name: t.text };
  }
  p.error('P2009', t, `expected ${what} but found ${describe(t)}`);
  return { kind: 'Identifier', start: t.start, end: t.start, name: '' };
}

function missing(p: ParserState, t: Token): ErrorExpression {
  if (p.atLineBreak() && t.kind !== 'eof') {
    const at = { start: p.prevEnd, end: p.prevEnd };
    p.error('P2001', at, 'expected an expression before the end of the line');
    return { kind: 'ErrorExpression', ...at };
  }
  p.error('P2001', t, `expected an expression but found ${describe(t)}`);
  return { kind: 'ErrorExpression', start: t.start, end: t.start };
}

function errorAt(p: ParserState): ErrorExpression {
  return { kind: 'ErrorExpression', start: p.tok.start, end: p.tok.start };
}

export function numberLiteral(t: Token): Expression {
  const raw = t.text;
  const isFloat = /[.eE]/.test(raw);
  return { kind: 'NumberLiteral', start: t.start, end: t.end, value: Number(raw), raw, isFloat };
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

export function stringLiteral(t: Token): StringLiteral {
  const raw = t.text;
  const quote = raw[0] ?? '"';
  const closed = raw.length >= 2 && raw.endsWith(quote) && raw[raw.length - 2] !== '\\';
  const body = raw.slice(1, closed ? -1 : undefined);
  let value = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (ch === '\\' && i + 1 < body.length) {
      const next = body[++i] ?? '';
      value += ESCAPES[next] ?? next;
    } else value += ch;
  }
  return { kind: 'StringLiteral', start: t.start, end: t.end, value, raw };
}

/** Test helpers for the Pine front end, esbuild style: one line per case. */

import { expect } from 'vitest';
import type { Expression, Script, Statement } from '../ast.ts';
import { parsePine } from '../parser.ts';
import { printPine } from '../printer.ts';
import { createLineIndex } from '../source-text.ts';

/** Deep copy without `start`/`end`, for comparing trees from different texts. */
export function stripRanges(node: unknown): unknown {
  return JSON.parse(
    JSON.stringify(node, (key, value) => (key === 'start' || key === 'end' ? undefined : value)),
  );
}

/** Diagnostics as `line:col: CODE message`. */
export function diagnosticLines(src: string): string[] {
  const index = createLineIndex(src);
  return parsePine(src).diagnostics.map((d) => {
    const { line, column } = index.position(d.start);
    return `${line}:${column}: ${d.code} ${d.message}`;
  });
}

/**
 * `src` parses without diagnostics, prints as `printed` (no final newline needed), and the
 * printed text parses back to the same tree.
 */
export function expectParsed(src: string, printed: string): void {
  const first = parsePine(src);
  expect(diagnosticLines(src)).toEqual([]);
  const out = printPine(first.ast);
  expect(out.replace(/\n$/, '')).toBe(printed);
  const second = parsePine(out);
  expect(second.diagnostics).toEqual([]);
  expect(stripRanges(second.ast)).toEqual(stripRanges(first.ast));
}

/** `src` reports exactly these diagnostics (`line:col: CODE message`, messages may be prefixes). */
export function expectParseError(src: string, ...expected: string[]): void {
  const actual = diagnosticLines(src);
  expect(actual.length, actual.join('\n')).toBe(expected.length);
  for (const [i, line] of actual.entries()) {
    expect(line.startsWith(expected[i] ?? '\u0000'), `${line} ≠ ${expected[i]}`).toBe(true);
  }
}

/** Fully parenthesised expression text, to show how operators grouped. */
export function grouped(e: Expression): string {
  switch (e.kind) {
    case 'BinaryExpression':
      return `(${grouped(e.left)} ${e.operator} ${grouped(e.right)})`;
    case 'UnaryExpression':
      return `(${e.operator === 'not' ? 'not ' : e.operator}${grouped(e.argument)})`;
    case 'ConditionalExpression':
      return `(${grouped(e.test)} ? ${grouped(e.consequent)} : ${grouped(e.alternate)})`;
    case 'HistoryExpression':
      return `${grouped(e.object)}[${grouped(e.offset)}]`;
    case 'MemberExpression':
      return `${grouped(e.object)}.${e.property.name}`;
    case 'CallExpression':
      return `${grouped(e.callee)}(${e.arguments.map((a) => grouped(a.value)).join(', ')})`;
    case 'Identifier':
      return e.name;
    case 'NumberLiteral':
    case 'StringLiteral':
    case 'ColorLiteral':
      return e.raw;
    case 'BoolLiteral':
      return String(e.value);
    default:
      return e.kind;
  }
}

/** The value of the single statement `x = <expr>` or `<expr>`. */
export function firstExpression(src: string): Expression {
  const statement: Statement | undefined = parsePine(src).ast.body[0];
  if (statement?.kind === 'VariableDeclaration') return statement.init;
  if (statement?.kind === 'ExpressionStatement') return statement.expression;
  throw new Error(`no expression in ${JSON.stringify(src)}`);
}

export function parseOk(src: string): Script {
  const result = parsePine(src);
  expect(diagnosticLines(src)).toEqual([]);
  return result.ast;
}

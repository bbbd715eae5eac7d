/** Literal values of arguments (for the declaration and inputs tables) and short expression text for messages. */
import type { Expression } from '../syntax/ast.ts';
import type { LiteralValue } from './info.ts';

/** `a.b.c` for pure member chains of identifiers, else null. */
export function dottedName(e: Expression): string | null {
  if (e.kind === 'Identifier') return e.name;
  if (e.kind === 'MemberExpression') {
    const head = dottedName(e.object);
    return head === null ? null : `${head}.${e.property.name}`;
  }
  return null;
}

/** The value of a literal-like expression; null when it is computed at run time. */
export function literalValue(e: Expression): LiteralValue {
  switch (e.kind) {
    case 'NumberLiteral':
    case 'StringLiteral':
    case 'BoolLiteral':
      return e.value;
    case 'ColorLiteral':
      return { color: e.raw };
    case 'UnaryExpression': {
      const v = literalValue(e.argument);
      if (typeof v !== 'number') return null;
      return e.operator === '-' ? -v : e.operator === '+' ? v : null;
    }
    case 'TupleExpression':
      return e.elements.map(literalValue);
    case 'Identifier':
      return e.name === 'na' ? null : { ref: e.name };
    case 'MemberExpression': {
      const name = dottedName(e);
      return name === null ? null : { ref: name };
    }
    default:
      return null;
  }
}

/** Short source-like text of an expression for messages (`len`, `ta.sma(…)`, `"abc"`). */
export function expressionText(e: Expression): string {
  switch (e.kind) {
    case 'Identifier':
      return e.name;
    case 'NumberLiteral':
    case 'StringLiteral':
    case 'ColorLiteral':
      return e.raw;
    case 'BoolLiteral':
      return String(e.value);
    case 'MemberExpression':
      return `${expressionText(e.object)}.${e.property.name}`;
    case 'CallExpression':
      return `${expressionText(e.callee)}(…)`;
    case 'HistoryExpression':
      return `${expressionText(e.object)}[${expressionText(e.offset)}]`;
    case 'UnaryExpression':
      return `${e.operator === 'not' ? 'not ' : e.operator}${expressionText(e.argument)}`;
    case 'BinaryExpression':
      return `${expressionText(e.left)} ${e.operator} ${expressionText(e.right)}`;
    default:
      return '…';
  }
}

/**
 * Expressions → JavaScript expressions. Pine's na rules map onto IEEE NaN (arithmetic with na is
 * na, comparisons with na are false); block expressions (`if`, `switch`, loops) used as values are
 * hoisted into statements that set a temporary.
 * @see https://www.tradingview.com/pine-script-docs/language/operators/
 */
import type { PineType } from '../check/types.ts';
import { hex } from '../runtime/color/color.ts';
import { FLOAT_COMPARE_HELPER } from '../runtime/float-compare.ts';
import type {
  BinaryExpression,
  Expression,
  HistoryExpression,
  Identifier,
  MemberExpression,
} from '../syntax/ast.ts';
import { BAR_COLUMNS, barField, constantValue, namespacedVariable } from './builtin-variables.ts';
import { emitCall } from './emit-calls.ts';
import { emitBlockExpression } from './emit-statements.ts';
import { type Emitter, isNumericType, naFor } from './emitter.ts';
import { enumObjectName, fieldName } from './names.ts';

export function emitExpression(em: Emitter, e: Expression, expected?: PineType): string {
  switch (e.kind) {
    case 'NumberLiteral':
      return numberLiteral(e.value);
    case 'StringLiteral':
      return JSON.stringify(e.value);
    case 'BoolLiteral':
      return e.value ? 'true' : 'false';
    case 'ColorLiteral':
      return numberLiteral(hex(e.raw));
    case 'Identifier':
      return identifier(em, e, expected);
    case 'MemberExpression':
      return member(em, e);
    case 'BinaryExpression':
      return binary(em, e);
    case 'UnaryExpression': {
      const argument = emitExpression(em, e.argument);
      if (e.operator === 'not')
        return em.version === 6 ? `!${argument}` : `!$rt.toBool(${argument})`;
      return `(${e.operator}${argument})`;
    }
    case 'ConditionalExpression': {
      const type = em.typeOf(e) ?? expected;
      const test = condition(em, e.test);
      return `(${test} ? ${emitExpression(em, e.consequent, type)} : ${emitExpression(em, e.alternate, type)})`;
    }
    case 'HistoryExpression':
      return history(em, e);
    case 'CallExpression':
      return emitCall(em, e);
    case 'TupleExpression':
      return `[${e.elements.map((x) => emitExpression(em, x)).join(', ')}]`;
    case 'IfExpression':
    case 'SwitchExpression':
    case 'ForExpression':
    case 'ForInExpression':
    case 'WhileExpression': {
      const result = em.temp('v');
      em.emit(`let ${result};`);
      emitBlockExpression(em, e, result, em.typeOf(e) ?? expected);
      return result;
    }
    case 'ErrorExpression':
      throw em.error(e, 'the script has a syntax error here');
  }
}

/** A condition: Pine v6 conditions are bools; v5 also accepts numbers (0 and na are false). */
export function condition(em: Emitter, e: Expression): string {
  const code = emitExpression(em, e);
  const type = em.typeOf(e);
  if (em.version === 6 && type?.kind === 'named' && type.name === 'bool') return code;
  return `$rt.toBool(${code})`;
}

function numberLiteral(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  return value < 0 ? `(${value})` : String(value);
}

function identifier(em: Emitter, e: Identifier, expected?: PineType): string {
  const symbol = em.info.symbols.get(e);
  switch (symbol?.kind) {
    case 'local':
    case 'parameter':
      return em.nameOf(symbol.declaration);
    case 'builtin-variable':
      if (symbol.variable.name === 'na') return naFor(expected ?? em.typeOf(e), em.version);
      return builtinVariable(em, e, symbol.variable.name);
    case 'enum':
      return enumObjectName(symbol.name);
    default:
      throw em.error(e, `cannot use "${e.name}" as a value here`);
  }
}

function member(em: Emitter, e: MemberExpression): string {
  const symbol = em.info.symbols.get(e);
  switch (symbol?.kind) {
    case 'builtin-variable':
      return builtinVariable(em, e, symbol.variable.name);
    case 'enum-member':
      return `${enumObjectName(symbol.enumName)}.${fieldName(symbol.declaration.name.name)}`;
    case 'field':
      return `$rt.object(${emitExpression(em, e.object)}).${fieldName(e.property.name)}`;
    default:
      // Fields of objects whose type the checker could not name still read as fields.
      if (em.typeOf(e.object)?.kind === 'udt' || em.typeOf(e.object)?.kind === 'unknown') {
        return `$rt.object(${emitExpression(em, e.object)}).${fieldName(e.property.name)}`;
      }
      throw em.error(e, `cannot read ".${e.property.name}" here`);
  }
}

/** A built-in variable or constant read on the current bar. */
function builtinVariable(em: Emitter, node: Expression, name: string): string {
  const symbol = em.info.symbols.get(node as Identifier);
  if (symbol?.kind === 'builtin-variable') {
    const constant = constantValue(symbol.variable);
    if (constant !== null) return constant;
  }
  return builtinVariableByName(em, name, node);
}

/** JavaScript reading a (non-constant) built-in variable by its Pine name. */
function builtinVariableByName(em: Emitter, name: string, node?: Expression): string {
  const field = barField(name);
  if (field) return `$bar.${field}`;
  if (name === 'last_bar_index') return '$lastBarIndex';
  if (name.startsWith('ta.')) {
    let value = em.seriesVariables.get(name);
    if (!value) {
      value = em.temp('sv');
      em.seriesVariables.set(name, value);
    }
    return value;
  }
  if (node) em.requireBuiltin(node, name, 'variable');
  const { namespace, path } = namespacedVariable(name);
  // Variables live under '@' + namespace: Pine reuses names of functions for variables.
  const holder = `@${namespace}`;
  em.namespacesUsed.add(holder);
  return `$ns[${JSON.stringify(holder)}]${path.map((p) => `.${p}`).join('')}`;
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);

function binary(em: Emitter, e: BinaryExpression): string {
  if (e.operator === 'and' || e.operator === 'or') {
    const left = condition(em, e.left);
    // v6 evaluates `and`/`or` lazily; v5 evaluates both sides (calls on the right always run).
    const right = em.version === 6 ? lazyCondition(em, e.right) : condition(em, e.right);
    if (em.version === 6) return `(${left} ${e.operator === 'and' ? '&&' : '||'} ${right})`;
    return `$rt.${e.operator === 'and' ? 'and5' : 'or5'}(${left}, ${right})`;
  }
  const left = emitExpression(em, e.left);
  const right = emitExpression(em, e.right);
  if (ARITHMETIC.has(e.operator)) {
    if (e.operator === '/' && em.version === 5 && isInt(em, e.left) && isInt(em, e.right)) {
      return `$rt.intDiv(${left}, ${right})`;
    }
    return `(${left} ${e.operator} ${right})`;
  }
  const helper = FLOAT_COMPARE_HELPER[e.operator];
  // Floats compare with tolerance; `!=` goes through the helper for ints too, where na is NaN.
  if (
    helper &&
    (e.operator === '!=' || isFloat(em, e.left) || isFloat(em, e.right)) &&
    isNumeric(em, e.left) &&
    isNumeric(em, e.right)
  )
    return `$rt.${helper}(${left}, ${right})`;
  // na strings and objects are null, so `===` also compares them as Pine's `==` does.
  const op = e.operator === '==' ? '===' : e.operator === '!=' ? '!==' : e.operator;
  return `(${left} ${op} ${right})`;
}

/** The right side of a lazy `and`/`or`: hoisted statements must run only when it is evaluated. */
function lazyCondition(em: Emitter, e: Expression): string {
  let code = '';
  const hoisted = em.capture(() => {
    code = condition(em, e);
  });
  if (hoisted.length === 0) return code;
  return `(() => { ${hoisted.join(' ')} return ${code}; })()`;
}

function isFloat(em: Emitter, e: Expression): boolean {
  const type = em.typeOf(e);
  return type?.kind === 'named' && type.name === 'float';
}

function isNumeric(em: Emitter, e: Expression): boolean {
  const type = em.typeOf(e);
  return type?.kind === 'named' && (type.name === 'float' || type.name === 'int');
}

function isInt(em: Emitter, e: Expression): boolean {
  const type = em.typeOf(e);
  return type?.kind === 'named' && type.name === 'int';
}

function history(em: Emitter, e: HistoryExpression): string {
  const offset = emitExpression(em, e.offset);
  const target = e.object;
  if (target.kind === 'Identifier' || target.kind === 'MemberExpression') {
    const symbol = em.info.symbols.get(target);
    if (symbol?.kind === 'local' || symbol?.kind === 'parameter') {
      return `${historyName(em, symbol.declaration)}.get(${offset})`;
    }
    if (symbol?.kind === 'builtin-variable' && BAR_COLUMNS.has(symbol.variable.name)) {
      return `$run.past($cols.${symbol.variable.name}, ${offset})`;
    }
    if (symbol?.kind === 'builtin-variable') {
      return `${builtinHistory(em, symbol.variable.name)}.get(${offset})`;
    }
  }
  // Any other expression: its own buffer, pushed each time the expression is evaluated.
  const type = em.typeOf(target);
  const buffer = em.state(
    'h',
    isNumericType(type) ? '$rt.newSeries(5000)' : '$rt.newAnySeries(5000)',
  );
  return `(${buffer}.push(${emitExpression(em, target)}), ${buffer}.get(${offset}))`;
}

/** The history buffer of a declaration (declared where the declaration's frame lives). */
export function historyName(em: Emitter, declaration: Identifier): string {
  return `${em.nameOf(declaration)}$h`;
}

/** A buffer that records a built-in variable at the start of every bar (`bar_index[1]`). */
function builtinHistory(em: Emitter, name: string): string {
  const existing = em.builtinHistories.get(name);
  if (existing) return existing;
  const buffer = `$bh${em.builtinHistories.size}`;
  em.builtinHistories.set(name, buffer);
  return buffer;
}

/** Built-in variables recorded each bar for `[]`: buffer name → JavaScript reading the value. */
export function builtinHistoryRecorders(em: Emitter): Array<[string, string]> {
  return [...em.builtinHistories].map(([name, buffer]) => [
    buffer,
    builtinVariableByName(em, name),
  ]);
}

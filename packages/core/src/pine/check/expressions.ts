/** Type and qualifier inference of expressions, with the name, operator and condition rules. */
import { BUILTIN_NAMESPACES, FUNCTIONS_BY_NAME, VARIABLES_BY_NAME } from '../builtins/index.ts';
import type {
  BinaryExpression,
  ConditionalExpression,
  Expression,
  Identifier,
  MemberExpression,
  TypeNode,
} from '../syntax/ast.ts';
import { checkCall } from './calls.ts';
import type { CheckContext } from './context.ts';
import type { ExpressionType } from './info.ts';
import { dottedName, expressionText } from './literals.ts';
import { maxQualifier, type PineQualifier } from './qualifiers.ts';
import type { Scope } from './scope.ts';
import { checkBlock, checkLoop } from './statements.ts';
import { didYouMean } from './suggest.ts';
import { resolveTypeNode } from './type-nodes.ts';
import {
  assignable,
  BOOL,
  FLOAT,
  formatType,
  INT,
  isLoose,
  isNamed,
  isNumeric,
  joinTypes,
  NA,
  type PineType,
  parseTypeText,
  STRING,
  UNKNOWN,
} from './types.ts';

const LOOSE: ExpressionType = { type: UNKNOWN, qualifier: 'const' };

export function describe(t: ExpressionType): string {
  return `${t.qualifier} ${formatType(t.type)}`;
}

export function inferExpression(ctx: CheckContext, e: Expression, scope: Scope): ExpressionType {
  const result = infer(ctx, e, scope);
  ctx.info.types.set(e, result);
  return result;
}

function infer(ctx: CheckContext, e: Expression, scope: Scope): ExpressionType {
  switch (e.kind) {
    case 'NumberLiteral':
      return { type: e.isFloat ? FLOAT : INT, qualifier: 'const' };
    case 'StringLiteral':
      return { type: STRING, qualifier: 'const' };
    case 'BoolLiteral':
      return { type: BOOL, qualifier: 'const' };
    case 'ColorLiteral':
      return { type: parseTypeText('color'), qualifier: 'const' };
    case 'Identifier':
      return identifier(ctx, e, scope);
    case 'MemberExpression':
      return member(ctx, e, scope);
    case 'HistoryExpression': {
      const object = inferExpression(ctx, e.object, scope);
      const offset = inferExpression(ctx, e.offset, scope);
      if (offset.type.kind === 'named' && !isNamed(offset.type, 'int'))
        ctx.report('C4004', e.offset, `History offset must be an int, not '${describe(offset)}'`);
      return { type: object.type, qualifier: 'series' };
    }
    case 'UnaryExpression': {
      const arg = inferExpression(ctx, e.argument, scope);
      if (e.operator === 'not') {
        condition(ctx, e.argument, arg, `'not'`);
        return { type: BOOL, qualifier: arg.qualifier };
      }
      if (!isLoose(arg.type) && !isNumeric(arg.type))
        ctx.report('C4004', e, `Cannot apply unary '${e.operator}' to '${describe(arg)}'`);
      return { type: isLoose(arg.type) ? FLOAT : arg.type, qualifier: arg.qualifier };
    }
    case 'BinaryExpression':
      return binary(ctx, e, scope);
    case 'ConditionalExpression':
      return conditional(ctx, e, scope);
    case 'CallExpression':
      return checkCall(ctx, e, scope);
    case 'TupleExpression': {
      const parts = e.elements.map((x) => inferExpression(ctx, x, scope));
      return {
        type: { kind: 'tuple', elements: parts.map((p) => p.type) },
        qualifier: maxQualifier(...parts.map((p) => p.qualifier)),
      };
    }
    case 'IfExpression': {
      const test = inferExpression(ctx, e.test, scope);
      condition(ctx, e.test, test, `'if'`);
      const a = checkBlock(ctx, e.consequent, scope, 'block');
      if (e.alternate === null) return { type: a.type, qualifier: 'series' };
      const b =
        e.alternate.kind === 'Block'
          ? checkBlock(ctx, e.alternate, scope, 'block')
          : inferExpression(ctx, e.alternate, scope);
      return { type: joinTypes(a.type, b.type) ?? UNKNOWN, qualifier: 'series' };
    }
    case 'SwitchExpression': {
      const subject = e.discriminant ? inferExpression(ctx, e.discriminant, scope) : null;
      let type: PineType = NA;
      for (const c of e.cases) {
        if (c.test) {
          const t = inferExpression(ctx, c.test, scope);
          if (!subject) condition(ctx, c.test, t, 'a switch arm');
        }
        const r = checkBlock(ctx, c.body, scope, 'block');
        type = joinTypes(type, r.type) ?? UNKNOWN;
      }
      return { type, qualifier: 'series' };
    }
    case 'ForExpression':
    case 'ForInExpression':
    case 'WhileExpression':
      return checkLoop(ctx, e, scope);
    case 'ErrorExpression':
      return LOOSE;
  }
}

/** v6 rejects int/float where a bool is expected; v5 converted them (0 and na are false). */
export function condition(
  ctx: CheckContext,
  node: Expression,
  t: ExpressionType,
  where: string,
): void {
  const a = assignable(t.type, BOOL);
  if (a === 'no')
    ctx.report('C4003', node, `Condition of ${where} must be a bool, not '${describe(t)}'`);
  else if (a === 'bool-cast' && ctx.version === 6)
    ctx.report(
      'C7001',
      node,
      `Pine v6 does not convert '${formatType(t.type)}' to 'bool' implicitly`,
      `compare explicitly, e.g. \`${expressionText(node)} != 0\``,
    );
}

function identifier(ctx: CheckContext, e: Identifier, scope: Scope): ExpressionType {
  const v = scope.lookup(e.name);
  if (v) {
    v.used = true;
    ctx.info.symbols.set(e, { kind: v.kind, name: v.name, declaration: v.declaration });
    return { type: v.type, qualifier: v.qualifier };
  }
  const builtin = VARIABLES_BY_NAME.get(e.name);
  if (builtin) {
    ctx.info.symbols.set(e, { kind: 'builtin-variable', variable: builtin });
    versionCheck(ctx, e, builtin.name, builtin.since);
    return { type: parseTypeText(builtin.type), qualifier: builtin.qualifier };
  }
  const fn = ctx.functions.get(e.name)?.[0];
  if (fn) {
    ctx.info.symbols.set(e, { kind: 'function', name: e.name, declaration: fn });
    return LOOSE;
  }
  if (FUNCTIONS_BY_NAME.has(e.name) || BUILTIN_NAMESPACES.has(e.name)) return LOOSE;
  const type = ctx.types.get(e.name);
  if (type) {
    ctx.info.symbols.set(e, { kind: 'type', name: e.name, declaration: type });
    return LOOSE;
  }
  ctx.report(
    'C3001',
    e,
    `Undeclared identifier '${e.name}'`,
    didYouMean(e.name, [
      ...scope.names(),
      ...ctx.functions.keys(),
      ...[...VARIABLES_BY_NAME.keys()].filter((n) => !n.includes('.')),
    ]),
  );
  return LOOSE;
}

export function versionCheck(
  ctx: CheckContext,
  node: Expression,
  name: string,
  since: 5 | 6,
): void {
  if (since > ctx.version)
    ctx.report(
      'C7002',
      node,
      `'${name}' is not available in Pine v${ctx.version}; it needs v${since}`,
    );
}

/** Head identifier of a member chain is a user variable (then `x.y` is a field access or method). */
export function headIsVariable(e: Expression, scope: Scope): boolean {
  let head: Expression = e;
  while (head.kind === 'MemberExpression') head = head.object;
  return head.kind === 'Identifier' && scope.lookup(head.name) !== undefined;
}

function member(ctx: CheckContext, e: MemberExpression, scope: Scope): ExpressionType {
  const name = dottedName(e);
  if (name !== null) {
    const builtin = VARIABLES_BY_NAME.get(name);
    if (builtin && !headIsVariable(e, scope)) {
      ctx.info.symbols.set(e, { kind: 'builtin-variable', variable: builtin });
      versionCheck(ctx, e, name, builtin.since);
      return { type: parseTypeText(builtin.type), qualifier: builtin.qualifier };
    }
    const head = name.slice(0, name.indexOf('.'));
    const object = name.slice(0, name.lastIndexOf('.'));
    if (!scope.lookup(head)) {
      if (ctx.imports.has(head)) return LOOSE;
      const en = ctx.enums.get(object);
      if (en) {
        const m = en.members.find((x) => x.name.name === e.property.name);
        if (m) {
          ctx.info.symbols.set(e, { kind: 'enum-member', enumName: object, declaration: m });
          return { type: { kind: 'enum', name: object }, qualifier: 'const' };
        }
        ctx.report(
          'C3007',
          e.property,
          `'${e.property.name}' is not a member of enum '${object}'`,
          didYouMean(
            e.property.name,
            en.members.map((x) => x.name.name),
          ),
        );
        return LOOSE;
      }
      if (FUNCTIONS_BY_NAME.has(name) || BUILTIN_NAMESPACES.has(name)) return LOOSE;
      if (BUILTIN_NAMESPACES.has(object) && !ctx.types.has(head)) {
        ctx.report('C3002', e, `Unknown built-in '${name}'`, didYouMean(name, namesIn(object)));
        return LOOSE;
      }
    }
  }
  const object = inferExpression(ctx, e.object, scope);
  return field(ctx, e, object);
}

/** Built-in names directly inside a namespace, for suggestions. */
export function namesIn(namespace: string): string[] {
  const prefix = `${namespace}.`;
  return [...FUNCTIONS_BY_NAME.keys(), ...VARIABLES_BY_NAME.keys()].filter(
    (n) => n.startsWith(prefix) && !n.slice(prefix.length).includes('.'),
  );
}

const POINT_FIELDS: Record<string, PineType> = { time: INT, index: INT, price: FLOAT };

function field(ctx: CheckContext, e: MemberExpression, object: ExpressionType): ExpressionType {
  const t = object.type;
  const prop = e.property.name;
  if (t.kind === 'udt') {
    const decl = ctx.types.get(t.name);
    const f = decl?.fields.find((x) => x.name.name === prop);
    if (decl && f) {
      ctx.info.symbols.set(e, { kind: 'field', typeName: t.name, declaration: f });
      return { type: fieldType(ctx, f.type), qualifier: 'series' };
    }
    if (decl)
      ctx.report(
        'C3006',
        e.property,
        `Type '${t.name}' has no field '${prop}'`,
        didYouMean(
          prop,
          decl.fields.map((x) => x.name.name),
        ),
      );
    return LOOSE;
  }
  if (isNamed(t, 'chart.point')) {
    const ft = POINT_FIELDS[prop];
    if (ft) return { type: ft, qualifier: 'series' };
    ctx.report(
      'C3006',
      e.property,
      `Type 'chart.point' has no field '${prop}'`,
      didYouMean(prop, Object.keys(POINT_FIELDS)),
    );
    return LOOSE;
  }
  return LOOSE;
}

/** Field types are resolved lazily, from the declaration (no diagnostics: reported at the type). */
const fieldTypes = new WeakMap<TypeNode, PineType>();
function fieldType(ctx: CheckContext, node: TypeNode): PineType {
  let t = fieldTypes.get(node);
  if (!t) {
    const before = ctx.diagnostics.length;
    t = resolveTypeNode(ctx, node);
    ctx.diagnostics.length = before;
    fieldTypes.set(node, t);
  }
  return t;
}

const ARITHMETIC = new Set(['-', '*', '/', '%']);
const ORDER = new Set(['<', '>', '<=', '>=']);

function binary(ctx: CheckContext, e: BinaryExpression, scope: Scope): ExpressionType {
  const l = inferExpression(ctx, e.left, scope);
  const r = inferExpression(ctx, e.right, scope);
  const qualifier: PineQualifier = maxQualifier(l.qualifier, r.qualifier);
  const op = e.operator;
  const mismatch = (expected: string): ExpressionType => {
    ctx.report(
      'C4004',
      e,
      `Cannot apply '${op}' to '${describe(l)}' and '${describe(r)}'; it needs ${expected}`,
    );
    return { type: UNKNOWN, qualifier };
  };
  const loose =
    isLoose(l.type) || isLoose(r.type) || l.type.kind === 'var' || r.type.kind === 'var';
  if (op === 'and' || op === 'or') {
    condition(ctx, e.left, l, `'${op}'`);
    condition(ctx, e.right, r, `'${op}'`);
    return { type: BOOL, qualifier };
  }
  if (op === '==' || op === '!=') return { type: BOOL, qualifier };
  if (ORDER.has(op)) {
    if (
      !loose &&
      !(isNumeric(l.type) && isNumeric(r.type)) &&
      !(isNamed(l.type, 'string') && isNamed(r.type, 'string'))
    )
      return { ...mismatch('numbers'), type: BOOL };
    return { type: BOOL, qualifier };
  }
  if (op === '+' && (isNamed(l.type, 'string') || isNamed(r.type, 'string'))) {
    if (!loose && !(isNamed(l.type, 'string') && isNamed(r.type, 'string')))
      return mismatch('two strings or two numbers');
    return { type: STRING, qualifier };
  }
  if (op === '+' || ARITHMETIC.has(op)) {
    const opaque = (t: PineType) => t.kind === 'named' && !isNumeric(t) && t.name.includes('_');
    if (opaque(l.type) || opaque(r.type))
      return { type: opaque(l.type) ? l.type : r.type, qualifier };
    if (loose) {
      const known = isLoose(l.type) ? r.type : l.type;
      // With one side untyped only a float side fixes the result type.
      return { type: isNamed(known, 'float') ? FLOAT : UNKNOWN, qualifier };
    }
    if (!isNumeric(l.type) || !isNumeric(r.type)) return mismatch('numbers');
    const bothInt = isNamed(l.type, 'int') && isNamed(r.type, 'int');
    if (op === '/' && bothInt) {
      // const int / const int: v5 truncates to int, v6 keeps the fraction (v6 migration guide).
      // Other int divisions are left untyped: when unsure, report nothing.
      if (qualifier === 'const') return { type: ctx.version === 5 ? INT : FLOAT, qualifier };
      return { type: UNKNOWN, qualifier };
    }
    return { type: bothInt ? INT : FLOAT, qualifier };
  }
  return { type: UNKNOWN, qualifier };
}

/** v5 casts numbers to bool implicitly, so `c ? a > b : 1` is a bool there (v6 rejects it). */
function v5NumberAsBool(ctx: CheckContext, a: PineType, b: PineType): PineType | null {
  if (ctx.version !== 5) return null;
  const mixed = (x: PineType, y: PineType) => isNamed(x, 'bool') && isNumeric(y);
  return mixed(a, b) || mixed(b, a) ? BOOL : null;
}

function conditional(ctx: CheckContext, e: ConditionalExpression, scope: Scope): ExpressionType {
  const test = inferExpression(ctx, e.test, scope);
  condition(ctx, e.test, test, `'?:'`);
  const a = inferExpression(ctx, e.consequent, scope);
  const b = inferExpression(ctx, e.alternate, scope);
  const qualifier = maxQualifier(test.qualifier, a.qualifier, b.qualifier);
  const type = joinTypes(a.type, b.type) ?? v5NumberAsBool(ctx, a.type, b.type);
  if (type === null) {
    ctx.report(
      'C4009',
      e,
      `The branches of '?:' have different types: '${formatType(a.type)}' and '${formatType(b.type)}'`,
    );
    return { type: UNKNOWN, qualifier };
  }
  return { type, qualifier };
}

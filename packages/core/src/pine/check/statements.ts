/**
 * Statements and blocks: declarations (scopes, shadowing, declared types and qualifiers),
 * reassignment rules, loops, user function bodies, user types; unused-variable warnings.
 * @see https://www.tradingview.com/pine-script-docs/language/variable-declarations/
 * @see https://www.tradingview.com/pine-script-docs/language/loops/
 */
import { VARIABLES_BY_NAME } from '../builtins/index.ts';
import type {
  Block,
  ForExpression,
  ForInExpression,
  FunctionDeclaration,
  Identifier,
  Statement,
  WhileExpression,
} from '../syntax/ast.ts';
import type { CheckContext } from './context.ts';
import { condition, describe, inferExpression } from './expressions.ts';
import type { ExpressionType } from './info.ts';
import { expressionText } from './literals.ts';
import { fitsQualifier, maxQualifier, type PineQualifier } from './qualifiers.ts';
import { Scope, type ScopeKind, type VariableSymbol } from './scope.ts';
import { resolveTypeNode } from './type-nodes.ts';
import {
  assignable,
  FLOAT,
  formatType,
  INT,
  isNamed,
  type PineType,
  UNKNOWN,
  VOID,
} from './types.ts';

const NOTHING: ExpressionType = { type: VOID, qualifier: 'const' };

export function declare(
  ctx: CheckContext,
  scope: Scope,
  id: Identifier,
  type: PineType,
  qualifier: PineQualifier,
  kind: 'local' | 'parameter' = 'local',
): VariableSymbol | undefined {
  if (id.name === '_') return undefined;
  ctx.info.declarations.set(id, id);
  ctx.info.symbols.set(id, { kind, name: id.name, declaration: id });
  if (scope.variables.has(id.name)) {
    ctx.report(
      'C3003',
      id,
      `'${id.name}' is already defined in this scope`,
      'use `:=` to assign a new value',
    );
  } else if (scope.parent?.lookup(id.name)) {
    ctx.warn(
      'C3103',
      id,
      `'${id.name}' shadows a variable of an enclosing scope`,
      'did you want `:=`?',
    );
  } else if (VARIABLES_BY_NAME.has(id.name) && kind === 'local') {
    ctx.warn('C3102', id, `'${id.name}' shadows the built-in variable of the same name`);
  }
  const symbol: VariableSymbol = {
    name: id.name,
    kind,
    declaration: id,
    type,
    qualifier,
    used: false,
    global: scope.kind === 'global',
  };
  scope.variables.set(id.name, symbol);
  return symbol;
}

/** Loop variables never count as unused; `_` declares nothing. */
function markUsed(symbol: VariableSymbol | undefined): void {
  if (symbol) symbol.used = true;
}

export function reportUnused(ctx: CheckContext, scope: Scope): void {
  for (const v of scope.variables.values())
    if (v.kind === 'local' && !v.used && !v.name.startsWith('_'))
      ctx.warn('C3101', v.declaration, `Variable '${v.name}' is declared but never used`);
}

export function checkStatements(
  ctx: CheckContext,
  statements: readonly Statement[],
  scope: Scope,
): ExpressionType {
  let last = NOTHING;
  for (const s of statements) last = checkStatement(ctx, s, scope);
  return last;
}

export function checkBlock(
  ctx: CheckContext,
  block: Block,
  parent: Scope,
  kind: ScopeKind,
): ExpressionType {
  const scope = new Scope(kind, parent);
  const result = checkStatements(ctx, block.body, scope);
  reportUnused(ctx, scope);
  return result;
}

function checkStatement(ctx: CheckContext, s: Statement, scope: Scope): ExpressionType {
  switch (s.kind) {
    case 'VariableDeclaration': {
      const init = inferExpression(ctx, s.init, scope);
      const declared = s.type ? resolveTypeNode(ctx, s.type) : null;
      if (init.type.kind === 'void')
        ctx.report(
          'C4010',
          s.init,
          `'${expressionText(s.init)}' returns no value (void) and cannot be assigned`,
        );
      else if (declared) {
        const fit = assignable(init.type, declared);
        if (fit === 'no')
          ctx.report(
            'C4005',
            s.init,
            `Cannot assign a value of type '${describe(init)}' to '${s.name.name}' declared as '${formatType(declared)}'`,
          );
        else if (fit === 'bool-cast' && ctx.version === 6)
          ctx.report(
            'C7001',
            s.init,
            `Pine v6 does not convert '${formatType(init.type)}' to 'bool' implicitly`,
          );
        if (ctx.version === 6 && isNamed(declared, 'bool') && init.type.kind === 'na')
          ctx.report('C7004', s.init, `In Pine v6 a 'bool' cannot be na; use true or false`);
      } else if (init.type.kind === 'na')
        ctx.report(
          'C4011',
          s.init,
          `Cannot infer the type of '${s.name.name}' from na`,
          `declare a type, e.g. \`float ${s.name.name} = na\``,
        );
      if (s.qualifier && s.qualifier !== 'series' && !fitsQualifier(init.qualifier, s.qualifier))
        ctx.report(
          'C5004',
          s.init,
          `'${s.name.name}' is declared '${s.qualifier}' but its value is '${init.qualifier}'`,
        );
      const type = declared ?? (init.type.kind === 'na' ? UNKNOWN : init.type);
      declare(ctx, scope, s.name, type, s.qualifier ?? init.qualifier);
      return { type, qualifier: init.qualifier };
    }
    case 'TupleDeclaration': {
      const init = inferExpression(ctx, s.init, scope);
      const t = init.type;
      if (t.kind === 'tuple' && t.elements.length !== s.names.length)
        ctx.report(
          'C4006',
          s,
          `The right side returns ${t.elements.length} values but ${s.names.length} names are declared`,
        );
      else if (t.kind !== 'tuple' && t.kind !== 'unknown')
        ctx.report(
          'C4006',
          s.init,
          `'${expressionText(s.init)}' returns a '${formatType(t)}', not a tuple`,
        );
      s.names.forEach((id, i) => {
        const element = t.kind === 'tuple' ? (t.elements[i] ?? UNKNOWN) : UNKNOWN;
        declare(ctx, scope, id, element.kind === 'na' ? UNKNOWN : element, init.qualifier);
      });
      return init;
    }
    case 'Assignment': {
      const value = inferExpression(ctx, s.value, scope);
      let target: PineType = UNKNOWN;
      if (s.target.kind === 'Identifier') {
        const v = scope.lookup(s.target.name);
        if (!v) {
          ctx.report(
            'C3001',
            s.target,
            `Undeclared identifier '${s.target.name}'`,
            `declare it first with \`${s.target.name} = …\``,
          );
          return value;
        }
        ctx.info.symbols.set(s.target, { kind: v.kind, name: v.name, declaration: v.declaration });
        if (s.operator !== ':=') v.used = true;
        if (v.global && scope.inFunction)
          ctx.report(
            'C3004',
            s.target,
            `Cannot modify the global variable '${v.name}' in a function`,
          );
        target = v.type;
        if (value.type.kind !== 'unknown' && value.qualifier === 'series') v.qualifier = 'series';
      } else {
        target = inferExpression(ctx, s.target, scope).type;
      }
      const fit = s.operator === ':=' ? assignable(value.type, target) : 'ok';
      if (fit === 'no')
        ctx.report(
          'C4002',
          s.value,
          `Cannot assign a value of type '${describe(value)}' to a variable of type '${formatType(target)}'`,
        );
      else if (fit === 'bool-cast' && ctx.version === 6)
        ctx.report(
          'C7001',
          s.value,
          `Pine v6 does not convert '${formatType(value.type)}' to 'bool' implicitly`,
        );
      return value;
    }
    case 'ExpressionStatement':
      return inferExpression(ctx, s.expression, scope);
    case 'FunctionDeclaration':
      checkFunction(ctx, s, scope);
      return NOTHING;
    case 'TypeDeclaration':
      for (const f of s.fields) {
        const t = resolveTypeNode(ctx, f.type);
        if (f.defaultValue) {
          const d = inferExpression(ctx, f.defaultValue, scope);
          if (assignable(d.type, t) === 'no')
            ctx.report(
              'C4005',
              f.defaultValue,
              `Default of field '${f.name.name}' is '${describe(d)}', not '${formatType(t)}'`,
            );
        }
      }
      return NOTHING;
    case 'EnumDeclaration':
      return NOTHING;
    case 'ImportStatement':
      ctx.warn(
        'C3009',
        s,
        `Library '${s.publisher}/${s.library}/${s.version}' cannot be resolved here; calls to it are not checked`,
      );
      return NOTHING;
    case 'BreakStatement':
    case 'ContinueStatement':
      if (!scope.inLoop)
        ctx.report(
          'C3010',
          s,
          `'${s.kind === 'BreakStatement' ? 'break' : 'continue'}' can only be used inside a loop`,
        );
      return NOTHING;
  }
}

export function checkFunction(ctx: CheckContext, decl: FunctionDeclaration, parent: Scope): void {
  if (ctx.checking.has(decl)) return;
  ctx.checking.add(decl);
  const scope = new Scope('function', parent);
  for (const p of decl.params) {
    const t = p.type ? resolveTypeNode(ctx, p.type) : UNKNOWN;
    if (p.defaultValue) inferExpression(ctx, p.defaultValue, parent);
    declare(ctx, scope, p.name, t, p.qualifier ?? 'const', 'parameter');
  }
  const result = checkStatements(ctx, decl.body.body, scope);
  ctx.info.functionTypes.set(decl, result.type);
  reportUnused(ctx, scope);
}

export function checkLoop(
  ctx: CheckContext,
  e: ForExpression | ForInExpression | WhileExpression,
  parent: Scope,
): ExpressionType {
  const scope = new Scope('loop', parent);
  if (e.kind === 'WhileExpression') {
    condition(ctx, e.test, inferExpression(ctx, e.test, parent), `'while'`);
  } else if (e.kind === 'ForExpression') {
    const bounds = [e.from, e.to, ...(e.step ? [e.step] : [])].map((x) =>
      inferExpression(ctx, x, parent),
    );
    for (const [i, b] of bounds.entries())
      if (
        b.type.kind !== 'unknown' &&
        b.type.kind !== 'na' &&
        !isNamed(b.type, 'int') &&
        !isNamed(b.type, 'float')
      )
        ctx.report(
          'C4004',
          [e.from, e.to, e.step][i]!,
          `Loop bounds must be numbers, not '${describe(b)}'`,
        );
    const float = bounds.some((b) => isNamed(b.type, 'float'));
    const qualifier = maxQualifier(...bounds.map((b) => b.qualifier));
    markUsed(declare(ctx, scope, e.counter, float ? FLOAT : INT, qualifier));
  } else {
    const it = inferExpression(ctx, e.iterable, parent);
    const t = it.type;
    let item: PineType = UNKNOWN;
    let index: PineType = INT;
    if (t.kind === 'array') item = t.element;
    else if (t.kind === 'matrix') item = { kind: 'array', element: t.element };
    else if (t.kind === 'map') {
      index = t.key;
      item = t.value;
    } else if (t.kind !== 'unknown' && t.kind !== 'na')
      ctx.report(
        'C4004',
        e.iterable,
        `'for … in' needs an array, matrix or map, not '${describe(it)}'`,
      );
    if (e.index) markUsed(declare(ctx, scope, e.index, index, 'series'));
    markUsed(declare(ctx, scope, e.item, item, 'series'));
  }
  const result = checkStatements(ctx, e.body.body, scope);
  reportUnused(ctx, scope);
  return { type: result.type, qualifier: 'series' };
}

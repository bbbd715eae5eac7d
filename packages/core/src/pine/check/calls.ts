/**
 * Calls: built-in overload resolution from the signature table, user functions and methods,
 * user-type constructors (`T.new`, `T.copy`), library calls; argument types and qualifiers.
 * @see https://www.tradingview.com/pine-script-docs/language/user-defined-functions/
 * @see https://www.tradingview.com/pine-script-docs/language/methods/
 */
import { BUILTIN_NAMESPACES, FUNCTIONS_BY_NAME } from '../builtins/index.ts';
import type { BuiltinFunction, BuiltinParam } from '../builtins/signature.ts';
import type {
  CallExpression,
  FunctionDeclaration,
  Parameter,
  TypeDeclaration,
} from '../syntax/ast.ts';
import { type BindError, bindArguments, type CallArgument } from './arguments.ts';
import type { CheckContext } from './context.ts';
import { describe, headIsVariable, inferExpression, namesIn, versionCheck } from './expressions.ts';
import type { ExpressionType } from './info.ts';
import { recordDeclaration, recordInput } from './inputs.ts';
import { dottedName, expressionText } from './literals.ts';
import { fitsQualifier, maxQualifier, type PineQualifier } from './qualifiers.ts';
import type { Scope } from './scope.ts';
import { didYouMean } from './suggest.ts';
import { resolveTypeNode } from './type-nodes.ts';
import {
  assignable,
  bindTypeVars,
  formatType,
  isNamed,
  type PineType,
  parseTypeText,
  substitute,
  UNKNOWN,
} from './types.ts';

const LOOSE: ExpressionType = { type: UNKNOWN, qualifier: 'const' };
const OBJECT_NAMESPACES = new Set([
  'array',
  'matrix',
  'map',
  'label',
  'line',
  'box',
  'table',
  'linefill',
  'polyline',
  'chart.point',
]);
const QUALIFIER_CODE = { const: 'C5002', input: 'C5003', simple: 'C5001' } as const;

export function checkCall(ctx: CheckContext, call: CallExpression, scope: Scope): ExpressionType {
  const args: CallArgument[] = call.arguments.map((a) => ({
    name: a.name?.name ?? null,
    node: a,
    value: a.value,
    type: inferExpression(ctx, a.value, scope),
  }));
  const callee = call.callee;
  if (callee.kind === 'Identifier') {
    const name = callee.name;
    const local = scope.lookup(name);
    const user = ctx.functions.get(name) ?? ctx.methods.get(name);
    // Call syntax names a function: functions and variables live in separate namespaces, so a
    // script may declare both `style = input.string(…)` and `style(x) => …` (real scripts do).
    if (user) {
      ctx.info.symbols.set(callee, { kind: 'function', name, declaration: user[0]! });
      return callUser(ctx, call, name, user, args, false);
    }
    const builtins = FUNCTIONS_BY_NAME.get(name);
    if (builtins) {
      ctx.info.symbols.set(callee, { kind: 'builtin-function', name });
      const result = callBuiltin(ctx, call, name, builtins, args, false);
      if (
        scope.kind === 'global' &&
        (name === 'indicator' || name === 'strategy' || name === 'library')
      )
        recordDeclaration(ctx, call, name);
      return result;
    }
    if (local) {
      ctx.report('C6005', callee, `'${name}' is a variable, not a function`);
      return LOOSE;
    }
    ctx.report(
      'C3001',
      callee,
      `Could not find function '${name}'`,
      didYouMean(name, [
        ...ctx.functions.keys(),
        ...[...FUNCTIONS_BY_NAME.keys()].filter((n) => !n.includes('.')),
      ]),
    );
    return LOOSE;
  }
  if (callee.kind !== 'MemberExpression') return LOOSE;

  const dotted = dottedName(callee);
  // A variable named like a namespace (`line`, `box`) does not hide that namespace's built-ins:
  // `line.get_y2(line)` calls the built-in, as TradingView compiles it.
  const isVar =
    headIsVariable(callee, scope) && !(dotted !== null && FUNCTIONS_BY_NAME.has(dotted));
  if (dotted !== null && !isVar) {
    const builtins = FUNCTIONS_BY_NAME.get(dotted);
    if (builtins) {
      ctx.info.symbols.set(callee, { kind: 'builtin-function', name: dotted });
      return callBuiltin(ctx, call, dotted, builtins, args, false);
    }
    const head = dotted.slice(0, dotted.indexOf('.'));
    const object = dotted.slice(0, dotted.lastIndexOf('.'));
    const method = callee.property.name;
    const lib = ctx.imports.get(head);
    if (lib) {
      ctx.info.symbols.set(callee, { kind: 'library', alias: head, declaration: lib });
      ctx.info.calls.set(call, { kind: 'library', alias: head });
      return LOOSE;
    }
    const type = ctx.types.get(object);
    if (type && (method === 'new' || method === 'copy')) {
      ctx.info.symbols.set(callee, { kind: 'type', name: object, declaration: type });
      return method === 'new' ? construct(ctx, call, type, args) : copyOf(ctx, call, type, args);
    }
    if (BUILTIN_NAMESPACES.has(object) && !ctx.types.has(head) && !ctx.enums.has(object)) {
      if (!ctx.methods.has(method)) {
        ctx.report(
          'C3002',
          callee,
          `Unknown built-in function '${dotted}'`,
          didYouMean(dotted, namesIn(object)),
        );
        return LOOSE;
      }
    }
  }
  // A method call: `receiver.name(args)`.
  const receiver = inferExpression(ctx, callee.object, scope);
  const method = callee.property.name;
  const withReceiver: CallArgument[] = [
    { name: null, node: callee.object, value: callee.object, type: receiver },
    ...args,
  ];
  const userMethods = (ctx.methods.get(method) ?? []).filter((m) =>
    receiverFits(ctx, m, receiver.type),
  );
  if (userMethods.length > 0) return callUser(ctx, call, method, userMethods, withReceiver, true);
  const t = receiver.type;
  if (t.kind === 'udt' && method === 'copy') {
    const decl = ctx.types.get(t.name);
    if (decl) return copyOf(ctx, call, decl, withReceiver);
  }
  const namespace = methodNamespace(t);
  const builtins = namespace === null ? undefined : FUNCTIONS_BY_NAME.get(`${namespace}.${method}`);
  if (builtins)
    return callBuiltin(ctx, call, `${namespace}.${method}`, builtins, withReceiver, true);
  if (t.kind !== 'unknown' && t.kind !== 'na' && t.kind !== 'var')
    ctx.report(
      'C6006',
      callee.property,
      `No method '${method}' for a value of type '${formatType(t)}'`,
      namespace === null ? undefined : didYouMean(`${namespace}.${method}`, namesIn(namespace)),
    );
  return LOOSE;
}

function methodNamespace(t: PineType): string | null {
  switch (t.kind) {
    case 'array':
    case 'matrix':
    case 'map':
      return t.kind;
    case 'named':
      if (t.name === 'string') return 'str';
      return FUNCTIONS_BY_NAME.has(`${t.name}.delete`) || t.name === 'chart.point' ? t.name : null;
    default:
      return null;
  }
}

const paramTypes = new WeakMap<Parameter, PineType>();
function paramType(ctx: CheckContext, p: Parameter): PineType {
  if (!p.type) return UNKNOWN;
  let t = paramTypes.get(p);
  if (!t) {
    t = resolveTypeNode(ctx, p.type);
    paramTypes.set(p, t);
  }
  return t;
}

function receiverFits(ctx: CheckContext, m: FunctionDeclaration, t: PineType): boolean {
  const first = m.params[0];
  if (!first) return false;
  return assignable(t, paramType(ctx, first)) !== 'no';
}

function argumentMismatch(
  name: string,
  param: string,
  arg: CallArgument,
  expected: string,
): BindError {
  return {
    code: 'C4001',
    node: arg.node,
    message: `Cannot call '${name}' with argument '${param}'='${expressionText(arg.value)}'. An argument of '${describe(arg.type)}' type was used but a '${expected}' is expected`,
  };
}

function qualifierError(
  name: string,
  param: string,
  expected: PineQualifier,
  type: string,
  arg: CallArgument,
): BindError {
  return {
    code: expected === 'series' ? 'C5001' : QUALIFIER_CODE[expected],
    node: arg.node,
    message: `Cannot call '${name}' with argument '${param}'='${expressionText(arg.value)}'. An argument of '${describe(arg.type)}' type was used but a '${expected} ${type}' is expected`,
  };
}

interface Attempt {
  overload: BuiltinFunction;
  bindings: Map<string, PineType>;
  pairs: { param: BuiltinParam; arg: CallArgument }[];
  typeErrors: BindError[];
  qualifierErrors: BindError[];
  boolCasts: CallArgument[];
}

function attempt(
  ctx: CheckContext,
  call: CallExpression,
  name: string,
  overload: BuiltinFunction,
  args: readonly CallArgument[],
): Attempt | BindError {
  const bound = bindArguments(name, overload.params, args, ctx.version, call);
  if (bound.error) return bound.error;
  const bindings = new Map<string, PineType>();
  const typeArgs = call.typeArguments.map((t) => resolveTypeNode(ctx, t));
  const vars = name === 'map.new' ? ['K', 'V'] : ['T'];
  for (const [i, t] of typeArgs.entries()) bindings.set(vars[i] ?? 'T', t);
  const pairs = bound.pairs;
  for (const { param, arg } of pairs)
    bindTypeVars(parseTypeText(param.type), arg.type.type, bindings);
  const result: Attempt = {
    overload,
    bindings,
    pairs,
    typeErrors: [],
    qualifierErrors: [],
    boolCasts: [],
  };
  for (const { param, arg } of pairs) {
    const expected = substitute(parseTypeText(param.type), bindings);
    const fit = assignable(arg.type.type, expected);
    const shown = `${param.qualifier} ${formatType(expected)}`;
    if (fit === 'no') result.typeErrors.push(argumentMismatch(name, param.name, arg, shown));
    else if (fit === 'bool-cast') result.boolCasts.push(arg);
    if (param.qualifier !== 'series' && !fitsQualifier(arg.type.qualifier, param.qualifier))
      result.qualifierErrors.push(
        qualifierError(name, param.name, param.qualifier, formatType(expected), arg),
      );
  }
  return result;
}

function callBuiltin(
  ctx: CheckContext,
  call: CallExpression,
  name: string,
  overloads: readonly BuiltinFunction[],
  args: readonly CallArgument[],
  method: boolean,
): ExpressionType {
  const attempts = overloads.map((o) => attempt(ctx, call, name, o, args));
  const ok = (a: Attempt | BindError): a is Attempt => 'overload' in a;
  const chosen =
    attempts.find(
      (a) =>
        ok(a) &&
        a.typeErrors.length === 0 &&
        a.qualifierErrors.length === 0 &&
        a.boolCasts.length === 0,
    ) ??
    attempts.find((a) => ok(a) && a.typeErrors.length === 0 && a.qualifierErrors.length === 0) ??
    attempts.find((a) => ok(a) && a.typeErrors.length === 0);
  if (!chosen || !ok(chosen)) {
    const typed = attempts.find(ok);
    const error = typed
      ? typed.typeErrors[0]!
      : closestBindError(attempts as BindError[], args.length, overloads);
    ctx.report(error.code, error.node, error.message);
    return { type: UNKNOWN, qualifier: maxQualifier(...args.map((a) => a.type.qualifier)) };
  }
  const overload = chosen.overload;
  ctx.info.calls.set(call, { kind: 'builtin', overload, method });
  versionCheck(ctx, call.callee, name, overload.since);
  for (const e of chosen.qualifierErrors) ctx.report(e.code, e.node, e.message);
  if (ctx.version === 6)
    for (const arg of chosen.boolCasts)
      ctx.report(
        'C7001',
        arg.node,
        `Pine v6 does not convert '${formatType(arg.type.type)}' to 'bool' implicitly`,
        `compare explicitly, e.g. \`${expressionText(arg.value)} != 0\``,
      );
  if (ctx.version === 6 && (name === 'na' || name === 'nz' || name === 'fixnan')) {
    const first = args[0];
    if (first && isNamed(first.type.type, 'bool'))
      ctx.report(
        'C7004',
        first.node,
        `In Pine v6 '${name}()' does not accept a 'bool': bools are never na`,
      );
  }
  let type = substitute(parseTypeText(overload.returns), chosen.bindings);
  // Collections and drawings are objects that change from bar to bar: their results are series.
  // Constructors (`array.from`, `array.new_float`) keep their arguments' qualifier.
  const member = name.slice(name.lastIndexOf('.') + 1);
  const objectFunction =
    OBJECT_NAMESPACES.has(name.slice(0, name.lastIndexOf('.'))) && !/^(new|from)/.test(member);
  const qualifier =
    overload.returnQualifier !== 'auto'
      ? overload.returnQualifier
      : objectFunction
        ? 'series'
        : maxQualifier(...args.map((a) => a.type.qualifier));
  if (name === 'input.enum' && args[0]) type = args[0].type.type;
  if (name === 'input' || name.startsWith('input.'))
    recordInput(ctx, call, overload, chosen.pairs, type);
  return { type, qualifier };
}

function closestBindError(
  errors: BindError[],
  argCount: number,
  overloads: readonly BuiltinFunction[],
): BindError {
  let best = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  overloads.forEach((o, i) => {
    const gap = Math.abs(o.params.filter((p) => !p.optional).length - argCount);
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  });
  return errors[best] ?? errors[0]!;
}

interface UserParam {
  readonly name: string;
  readonly optional: boolean;
  readonly node: Parameter;
}

function callUser(
  ctx: CheckContext,
  call: CallExpression,
  name: string,
  decls: readonly FunctionDeclaration[],
  args: readonly CallArgument[],
  method: boolean,
): ExpressionType {
  let firstError: BindError | null = null;
  for (const decl of decls) {
    const params: UserParam[] = decl.params.map((p) => ({
      name: p.name.name,
      optional: p.defaultValue !== null,
      node: p,
    }));
    const bound = bindArguments(name, params, args, ctx.version, call);
    const errors: BindError[] = bound.error ? [bound.error] : [];
    const qualifierErrors: BindError[] = [];
    for (const { param, arg } of bound.pairs) {
      const expected = paramType(ctx, param.node);
      if (assignable(arg.type.type, expected) === 'no')
        errors.push(argumentMismatch(name, param.name, arg, formatType(expected)));
      const q = param.node.qualifier;
      if (q && q !== 'series' && !fitsQualifier(arg.type.qualifier, q))
        qualifierErrors.push(qualifierError(name, param.name, q, formatType(expected), arg));
    }
    if (errors.length > 0) {
      firstError ??= errors[0]!;
      continue;
    }
    ctx.info.calls.set(call, { kind: 'user', declaration: decl, method });
    for (const e of qualifierErrors) ctx.report(e.code, e.node, e.message);
    const type = ctx.info.functionTypes.get(decl) ?? UNKNOWN;
    return { type, qualifier: maxQualifier(...args.map((a) => a.type.qualifier)) };
  }
  if (firstError) ctx.report(firstError.code, firstError.node, firstError.message);
  return LOOSE;
}

function construct(
  ctx: CheckContext,
  call: CallExpression,
  type: TypeDeclaration,
  args: readonly CallArgument[],
): ExpressionType {
  const name = `${type.name.name}.new`;
  const params = type.fields.map((f) => ({ name: f.name.name, optional: true, field: f }));
  const bound = bindArguments(name, params, args, ctx.version, call);
  if (bound.error) ctx.report(bound.error.code, bound.error.node, bound.error.message);
  for (const { param, arg } of bound.pairs) {
    const before = ctx.diagnostics.length;
    const expected = resolveTypeNode(ctx, param.field.type);
    ctx.diagnostics.length = before;
    if (assignable(arg.type.type, expected) === 'no') {
      const e = argumentMismatch(name, param.name, arg, formatType(expected));
      ctx.report(e.code, e.node, e.message);
    }
  }
  ctx.info.calls.set(call, { kind: 'constructor', type });
  return { type: { kind: 'udt', name: type.name.name }, qualifier: 'series' };
}

function copyOf(
  ctx: CheckContext,
  call: CallExpression,
  type: TypeDeclaration,
  args: readonly CallArgument[],
): ExpressionType {
  const name = `${type.name.name}.copy`;
  const bound = bindArguments(name, [{ name: 'object', optional: false }], args, ctx.version, call);
  if (bound.error) ctx.report(bound.error.code, bound.error.node, bound.error.message);
  ctx.info.calls.set(call, { kind: 'copy', type });
  return { type: { kind: 'udt', name: type.name.name }, qualifier: 'series' };
}

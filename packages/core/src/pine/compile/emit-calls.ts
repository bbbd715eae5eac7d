/**
 * Calls → JavaScript. User functions and stateful built-ins get one instance per call site (the
 * instance is state of the enclosing frame); other built-ins call the runtime namespace objects
 * with the Pine arguments in signature order (runtime/index.ts describes that convention).
 * @see https://www.tradingview.com/pine-script-docs/language/user-defined-functions/
 */
import type { BuiltinFunction } from '../builtins/signature.ts';
import type { ResolvedCall } from '../check/info.ts';
import { formatType, type PineType } from '../check/types.ts';
import { CALL_SITES } from '../runtime/call-sites.ts';
import type {
  CallExpression,
  Expression,
  FunctionDeclaration,
  TypeDeclaration,
} from '../syntax/ast.ts';
import { emitExpression } from './emit-expressions.ts';
import { type Emitter, naFor } from './emitter.ts';
import { typeClassName } from './names.ts';

export function emitCall(em: Emitter, e: CallExpression): string {
  const call = em.info.calls.get(e);
  if (!call) throw em.error(e, 'cannot resolve this call');
  switch (call.kind) {
    case 'user':
      return userCall(em, e, call.declaration, call.method);
    case 'constructor':
      return constructorCall(em, e, call.type);
    case 'copy':
      return `$rt.copy(${emitExpression(em, receiverOrFirst(e))})`;
    case 'builtin':
      return builtinCall(em, e, call);
    case 'library':
      throw em.error(e, 'libraries (`import`) are not supported yet');
  }
}

function receiverOrFirst(e: CallExpression): Expression {
  const first = e.arguments[0];
  if (first) return first.value;
  if (e.callee.kind === 'MemberExpression') return e.callee.object;
  throw new Error('copy without an object');
}

/** Arguments in parameter order (named ones placed by name); missing ones are `undefined`. */
function orderArguments(
  em: Emitter,
  e: CallExpression,
  names: readonly string[],
  receiver: Expression | null,
  expectedTypes: readonly (PineType | undefined)[] = [],
  variadicFrom = Number.POSITIVE_INFINITY,
): string[] {
  const out: string[] = [];
  const values: Expression[] = receiver ? [receiver] : [];
  for (const a of e.arguments) if (!a.name) values.push(a.value);
  values.forEach((v, i) => {
    out[i] = emitExpression(em, v, expectedTypes[Math.min(i, variadicFrom)]);
  });
  for (const a of e.arguments) {
    if (!a.name) continue;
    const index = names.indexOf(a.name.name);
    if (index < 0) throw em.error(a, `unknown argument "${a.name.name}"`);
    out[index] = emitExpression(em, a.value, expectedTypes[index]);
  }
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = 'undefined';
  return out;
}

function userCall(
  em: Emitter,
  e: CallExpression,
  fn: FunctionDeclaration,
  method: boolean,
): string {
  const instance = em.state('f', `${em.functionFactory(fn)}()`);
  const receiver = method && e.callee.kind === 'MemberExpression' ? e.callee.object : null;
  const args = orderArguments(
    em,
    e,
    fn.params.map((p) => p.name.name),
    receiver,
  );
  return `${instance}(${args.join(', ')})`;
}

function constructorCall(em: Emitter, e: CallExpression, type: TypeDeclaration): string {
  const args = orderArguments(
    em,
    e,
    type.fields.map((f) => f.name.name),
    null,
  );
  return `new ${typeClassName(type.name.name)}(${args.join(', ')})`;
}

/** Key of an overload in the call-site table: `name(type,type)`. */
function overloadKey(overload: BuiltinFunction): string {
  return `${overload.name}(${overload.params.map((p) => p.type).join(',')})`;
}

function builtinCall(
  em: Emitter,
  e: CallExpression,
  call: Extract<ResolvedCall, { kind: 'builtin' }>,
): string {
  const overload = call.overload;
  const name = overload.name;
  const receiver = call.method && e.callee.kind === 'MemberExpression' ? e.callee.object : null;
  const special = specialCall(em, e, overload, receiver);
  if (special !== null) return special;
  const variadic = overload.params.findIndex((p) => p.variadic);
  const args = orderArguments(
    em,
    e,
    overload.params.map((p) => p.name),
    receiver,
    overload.params.map((p) => paramType(p.type)),
    variadic < 0 ? Number.POSITIVE_INFINITY : variadic,
  );
  while (args.length > 0 && args[args.length - 1] === 'undefined') args.pop();
  const site = CALL_SITES[overloadKey(overload)]
    ? overloadKey(overload)
    : CALL_SITES[name]
      ? name
      : null;
  if (site !== null) {
    const resultType = em.typeOf(e);
    const instance = em.state(
      'c',
      `$sites[${JSON.stringify(site)}].create($siteContext, ${JSON.stringify(resultType ? formatType(resultType) : 'unknown')})`,
    );
    const tuple = CALL_SITES[site]?.tuple;
    const next = `${instance}.next(${args.join(', ')})`;
    if (tuple && resultType?.kind === 'tuple') {
      return `(${next}, [${tuple.map((f) => `${instance}.${f}`).join(', ')}])`;
    }
    return next;
  }
  const { namespace, path } = splitName(name);
  em.namespacesUsed.add(namespace);
  em.requireBuiltin(e, name);
  return `$ns[${JSON.stringify(namespace)}]${path.map((p) => `.${p}`).join('')}(${args.join(', ')})`;
}

function splitName(name: string): { namespace: string; path: string[] } {
  const parts = name.split('.');
  if (parts.length === 1) return { namespace: '', path: parts };
  return { namespace: parts[0] as string, path: parts.slice(1) };
}

function paramType(text: string): PineType | undefined {
  if (/^[a-z]+$/.test(text)) return { kind: 'named', name: text };
  return undefined;
}

/** Built-ins the compiler itself implements: casts, na helpers, inputs, declarations, generic constructors. */
function specialCall(
  em: Emitter,
  e: CallExpression,
  overload: BuiltinFunction,
  receiver: Expression | null,
): string | null {
  const name = overload.name;
  const first = receiver ?? e.arguments[0]?.value;
  const arg = (i: number): string => {
    const a = e.arguments[i];
    return a ? emitExpression(em, a.value) : 'undefined';
  };
  switch (name) {
    case 'na':
      return `$rt.na(${arg(0)})`;
    case 'nz': {
      const type = em.typeOf(e);
      const numeric =
        type?.kind === 'named' &&
        (type.name === 'int' || type.name === 'float' || type.name === 'color');
      if (numeric) return `$rt.nz(${arg(0)}${e.arguments.length > 1 ? `, ${arg(1)}` : ''})`;
      return `$rt.nzRef(${arg(0)}, ${e.arguments.length > 1 ? arg(1) : naFor(type, em.version)})`;
    }
    case 'int':
      return `Math.trunc(${arg(0)})`;
    case 'float':
      return `(+${arg(0)})`;
    case 'bool':
      return `$rt.toBool(${arg(0)})`;
    case 'string':
    case 'color':
    case 'line':
    case 'label':
    case 'box':
    case 'table':
    case 'linefill':
    case 'polyline':
      return first ? emitExpression(em, first, em.typeOf(e)) : naFor(em.typeOf(e), em.version);
    case 'max_bars_back':
    case 'indicator':
    case 'strategy':
    case 'library':
      return 'undefined';
  }
  if (name === 'input' || name.startsWith('input.')) {
    const index = em.info.inputs.findIndex((input) => input.call === e);
    if (index < 0) throw em.error(e, 'inputs must be declared with literal arguments');
    const input = em.info.inputs[index];
    if (input?.kind === 'source') return `$bar[$in[${index}]]`;
    return `$in[${index}]`;
  }
  if ((name.endsWith('.new') || /\.new_[a-z]+$/.test(name)) && /^(array|matrix)\./.test(name)) {
    return genericConstructor(em, e, overload);
  }
  if (name === 'request.security') return securityCall(em, e, overload);
  if (name === 'map.new') {
    // The map answers lookups of absent keys with its value type's na.
    const type = em.typeOf(e);
    em.namespacesUsed.add('map');
    return `$ns.map.new(${naFor(type?.kind === 'map' ? type.value : undefined, em.version)})`;
  }
  return null;
}

/** `array.new<T>(size, initial)`, `matrix.new<T>(rows, columns, initial)`: the element type's na when initial is omitted. */
function genericConstructor(em: Emitter, e: CallExpression, overload: BuiltinFunction): string {
  const names = overload.params.map((p) => p.name);
  const args = orderArguments(em, e, names, null);
  const initialIndex = names.indexOf('initial_value');
  const type = em.typeOf(e);
  const element = type?.kind === 'array' || type?.kind === 'matrix' ? type.element : undefined;
  if (initialIndex >= 0) {
    while (args.length <= initialIndex) args.push('undefined');
    if (args[initialIndex] === 'undefined') args[initialIndex] = naFor(element, em.version);
  }
  const { namespace, path } = splitName(overload.name);
  em.namespacesUsed.add(namespace);
  em.requireBuiltin(e, overload.name);
  return `$ns[${JSON.stringify(namespace)}]${path.map((p) => `.${p}`).join('')}(${args.join(', ')})`;
}

/**
 * `request.security(symbol, timeframe, expression, gaps, lookahead, …)`: the expression becomes a
 * closure that the runtime evaluates in the requested context (a second instance of the script
 * running over the other timeframe's bars); the call site's index identifies it there.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_request.security
 */
function securityCall(em: Emitter, e: CallExpression, overload: BuiltinFunction): string {
  const names = overload.params.map((p) => p.name);
  const argument = (name: string): Expression | undefined => {
    const named = e.arguments.find((a) => a.name?.name === name);
    if (named) return named.value;
    const index = names.indexOf(name);
    const positional = e.arguments.filter((a) => !a.name)[index];
    return positional?.value;
  };
  const expression = argument('expression');
  if (!expression) throw em.error(e, 'request.security() needs an expression');
  const code = (name: string, fallback: string): string => {
    const value = argument(name);
    return value ? emitExpression(em, value) : fallback;
  };
  let body = '';
  const hoisted = em.capture(() => {
    body = emitExpression(em, expression);
  });
  const type = em.typeOf(e);
  const na =
    type?.kind === 'tuple'
      ? `[${type.elements.map((t) => naFor(t, em.version)).join(', ')}]`
      : naFor(type, em.version);
  em.namespacesUsed.add('request');
  const site = em.securitySites++;
  return `$ns.request.security(${site}, ${code('symbol', 'undefined')}, ${code('timeframe', 'undefined')}, () => { ${hoisted.join(' ')} return ${body}; }, ${code('gaps', '"gaps_off"')}, ${code('lookahead', '"lookahead_off"')}, ${na})`;
}

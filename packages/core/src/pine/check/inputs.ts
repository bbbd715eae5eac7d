/** The script's declaration (`indicator`/`strategy`/`library` arguments) and its inputs, for the compiler. */
import { FUNCTIONS_BY_NAME } from '../builtins/index.ts';
import type { BuiltinFunction, BuiltinParam } from '../builtins/signature.ts';
import type { CallExpression } from '../syntax/ast.ts';
import type { CallArgument } from './arguments.ts';
import type { CheckContext } from './context.ts';
import type { LiteralValue } from './info.ts';
import { literalValue } from './literals.ts';
import type { PineType } from './types.ts';

function argumentsByName(
  pairs: readonly { param: BuiltinParam; arg: CallArgument }[],
): Record<string, LiteralValue> {
  const out: Record<string, LiteralValue> = {};
  for (const { param, arg } of pairs) out[param.name] = literalValue(arg.value);
  return out;
}

export function recordInput(
  ctx: CheckContext,
  call: CallExpression,
  overload: BuiltinFunction,
  pairs: readonly { param: BuiltinParam; arg: CallArgument }[],
  type: PineType,
): void {
  const args = argumentsByName(pairs);
  ctx.info.inputs.push({
    call,
    kind: inputKind(overload),
    type,
    title: args.title ?? null,
    defval: args.defval ?? null,
    arguments: args,
  });
}

/**
 * `input.int` → `int`; the generic `input` is `input`, except with a series default
 * (`input(close)`), which TradingView shows and treats as a source setting, as `input.source`.
 */
function inputKind(overload: BuiltinFunction): string {
  if (overload.name !== 'input') return overload.name.slice('input.'.length);
  return overload.params[0]?.qualifier === 'series' ? 'source' : 'input';
}

/** Maps the declaration call's arguments to parameter names through its first overload. */
export function recordDeclaration(
  ctx: CheckContext,
  call: CallExpression,
  name: 'indicator' | 'strategy' | 'library',
): void {
  if (ctx.info.declaration) return;
  const params = FUNCTIONS_BY_NAME.get(name)?.[0]?.params ?? [];
  const out: Record<string, LiteralValue> = {};
  call.arguments.forEach((a, i) => {
    const key = a.name?.name ?? params[i]?.name;
    if (key !== undefined) out[key] = literalValue(a.value);
  });
  ctx.info.declaration = { kind: name, call, arguments: out };
}

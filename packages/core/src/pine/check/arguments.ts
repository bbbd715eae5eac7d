/**
 * Binding call arguments to parameters: positional ones in order (a variadic last parameter takes
 * the rest), named ones by name; reports too many, unknown, repeated and missing arguments.
 * @see https://www.tradingview.com/pine-script-docs/language/built-ins/#built-in-functions
 */
import type { Expression } from '../syntax/ast.ts';
import type { CheckCode } from './codes.ts';
import type { ExpressionType } from './info.ts';

export interface CallArgument {
  readonly name: string | null;
  /** Node to point at (the argument, or the method receiver). */
  readonly node: { readonly start: number; readonly end: number };
  readonly value: Expression;
  readonly type: ExpressionType;
}

export interface ParamLike {
  readonly name: string;
  readonly optional: boolean;
  readonly variadic?: true;
  readonly until?: 5 | 6;
}

export interface BindError {
  readonly code: CheckCode;
  readonly node: { readonly start: number; readonly end: number };
  readonly message: string;
}

export interface Binding<P extends ParamLike> {
  readonly pairs: { readonly param: P; readonly arg: CallArgument }[];
  readonly error: BindError | null;
}

export function bindArguments<P extends ParamLike>(
  callName: string,
  allParams: readonly P[],
  args: readonly CallArgument[],
  version: 5 | 6,
  whole: { readonly start: number; readonly end: number },
): Binding<P> {
  const params = allParams.filter((p) => p.until === undefined || p.until >= version);
  const pairs: { param: P; arg: CallArgument }[] = [];
  const seen = new Set<P>();
  let position = 0;
  const fail = (code: CheckCode, node: BindError['node'], message: string): Binding<P> => ({
    pairs,
    error: { code, node, message },
  });
  for (const arg of args) {
    let param: P | undefined;
    if (arg.name === null) {
      // A positional argument after named ones takes the next parameter not yet given.
      while (
        params[position] !== undefined &&
        seen.has(params[position]!) &&
        !params[position]!.variadic
      )
        position++;
      param = params[position];
      if (param === undefined) {
        const last = params[params.length - 1];
        if (last?.variadic) param = last;
        else
          return fail(
            'C6001',
            arg.node,
            `Too many arguments for '${callName}': it takes ${params.length}`,
          );
      } else if (!param.variadic) position++;
    } else {
      param = params.find((p) => p.name === arg.name);
      if (param === undefined) {
        const removed = allParams.find((p) => p.name === arg.name);
        if (removed)
          return fail(
            'C7003',
            arg.node,
            `'${callName}' has no parameter '${arg.name}' in Pine v${version} (removed after v${removed.until})`,
          );
        return fail('C6003', arg.node, `'${callName}' has no parameter named '${arg.name}'`);
      }
      if (seen.has(param) && !param.variadic)
        return fail('C6004', arg.node, `Argument '${arg.name}' of '${callName}' is given twice`);
    }
    seen.add(param);
    pairs.push({ param, arg });
  }
  for (const p of params)
    if (!p.optional && !seen.has(p))
      return fail('C6002', whole, `Missing argument '${p.name}' of '${callName}'`);
  return { pairs, error: null };
}

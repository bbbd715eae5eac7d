/** Written types (`float`, `array<line>`, `Point`, `lib.Point`, `float[]`) → PineType, reporting unknown names. */
import { VALUE_TYPE_NAMES } from '../builtins/type-names.ts';
import type { TypeNode } from '../syntax/ast.ts';
import type { CheckContext } from './context.ts';
import { didYouMean } from './suggest.ts';
import { namedType, type PineType, UNKNOWN } from './types.ts';

export function resolveTypeNode(ctx: CheckContext, node: TypeNode): PineType {
  const base = resolveBase(ctx, node);
  return node.legacyArray ? { kind: 'array', element: base } : base;
}

function resolveBase(ctx: CheckContext, node: TypeNode): PineType {
  const { name } = node;
  const arg = (i: number) => {
    const a = node.typeArguments[i];
    return a ? resolveTypeNode(ctx, a) : UNKNOWN;
  };
  if (name === 'array' || name === 'matrix') return { kind: name, element: arg(0) };
  if (name === 'map') return { kind: 'map', key: arg(0), value: arg(1) };
  if (VALUE_TYPE_NAMES.has(name)) return namedType(name);
  if (ctx.types.has(name)) return { kind: 'udt', name };
  if (ctx.enums.has(name)) return { kind: 'enum', name };
  const dot = name.indexOf('.');
  if (dot > 0 && ctx.imports.has(name.slice(0, dot))) return UNKNOWN;
  ctx.report(
    'C3008',
    node,
    `Unknown type '${name}'`,
    didYouMean(name, [
      ...VALUE_TYPE_NAMES,
      'array',
      'matrix',
      'map',
      ...ctx.types.keys(),
      ...ctx.enums.keys(),
    ]),
  );
  return UNKNOWN;
}

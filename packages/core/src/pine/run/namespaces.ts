/**
 * The runtime objects behind Pine's namespaces for one run: pure ones shared by every run
 * (`math` except what needs the symbol), and per-run ones built from the run context. The
 * compiler asks `isImplemented` so a script using a built-in we lack fails at compile time.
 */
import * as color from '../runtime/color/color.ts';
import * as math from '../runtime/math/math.ts';
import type { RunContext } from './run-context.ts';

export interface NamespaceSpec {
  /** Builds the namespace object for one run. */
  readonly create: (ctx: RunContext) => object;
  /** An object with the same members (a prototype or the shared object), for compile-time checks. */
  readonly shape: object;
}

const pure = (object: object): NamespaceSpec => ({ create: () => object, shape: object });

const MATH = {
  abs: math.abs,
  acos: math.acos,
  asin: math.asin,
  atan: math.atan,
  avg: math.avg,
  ceil: math.ceil,
  cos: math.cos,
  exp: math.exp,
  floor: math.floor,
  log: math.log,
  log10: math.log10,
  max: math.max,
  min: math.min,
  pow: math.pow,
  round: math.round,
  sign: math.sign,
  sin: math.sin,
  sqrt: math.sqrt,
  tan: math.tan,
  todegrees: math.todegrees,
  toradians: math.toradians,
  round_to_mintick: (x: number): number => x,
};

const COLOR = {
  new: color.newColor,
  rgb: color.rgb,
  r: color.r,
  g: color.g,
  b: color.b,
  t: color.t,
  from_gradient: color.fromGradient,
};

export const NAMESPACES: Readonly<Record<string, NamespaceSpec>> = {
  math: {
    create: (ctx) => ({
      ...MATH,
      round_to_mintick: (x: number) => math.roundToMintick(x, ctx.bars.symbol.mintick),
    }),
    shape: MATH,
  },
  color: pure(COLOR),
};

/** True when the runtime has the built-in `name` (`ta.sma`, `strategy.entry`, `str.format`). */
export function isImplemented(name: string): boolean {
  const parts = name.split('.');
  const namespace = parts.length === 1 ? '' : (parts[0] as string);
  const path = parts.length === 1 ? parts : parts.slice(1);
  const spec = NAMESPACES[namespace];
  if (!spec) return false;
  let target: unknown = spec.shape;
  for (const p of path) {
    if (target === null || (typeof target !== 'object' && typeof target !== 'function'))
      return false;
    if (!(p in (target as object))) return false;
    target = (target as Record<string, unknown>)[p];
  }
  return true;
}

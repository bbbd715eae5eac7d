/** Typed, documented strategy parameters: declared once with defaults, overridden per run. */
import { assert } from '../../assert.ts';

export type ParamValue = number | boolean | string;

/** One parameter's declaration: default, meaning, and the range an optimiser may sweep. */
export interface ParamSpec<T extends ParamValue = ParamValue> {
  readonly default: T;
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly options?: readonly T[];
}

export type Params = Record<string, ParamValue>;

/** Declarations for every key of `P`. */
export type ParamSpecs<P extends Params> = { readonly [K in keyof P]: ParamSpec<P[K]> };

/** Defaults overlaid with `overrides`; rejects unknown keys, wrong types and out-of-range values. */
export function resolveParams<P extends Params>(
  specs: ParamSpecs<P>,
  overrides: Partial<P> = {},
): P {
  for (const key of Object.keys(overrides)) assert(key in specs, `unknown parameter "${key}"`);
  const out: Record<string, ParamValue> = {};
  for (const key of Object.keys(specs) as (keyof P & string)[]) {
    const spec = specs[key];
    const value = overrides[key] ?? spec.default;
    assert(
      typeof value === typeof spec.default,
      `parameter "${key}" must be a ${typeof spec.default}`,
    );
    if (typeof value === 'number') {
      assert(
        spec.min === undefined || value >= spec.min,
        `parameter "${key}" = ${value} is below ${spec.min}`,
      );
      assert(
        spec.max === undefined || value <= spec.max,
        `parameter "${key}" = ${value} is above ${spec.max}`,
      );
    }
    if (spec.options)
      assert(
        spec.options.includes(value),
        `parameter "${key}" = ${value} is not one of ${spec.options.join(', ')}`,
      );
    out[key] = value;
  }
  return out as P;
}

/** Pine's math.* functions and constants (the stateless ones; math.sum and math.random keep state). */
import { PineRuntimeError } from '../pine-runtime-error.ts';

/*
 * TradingView computes transcendental functions like Java's StrictMath (fdlibm). V8's Math.sin,
 * cos, tan, asin, acos, atan, log, log10 and exp are fdlibm ports: on 44,000 sampled arguments they
 * gave StrictMath's bits exactly (Java 17), except exp(1), where V8 returns Math.E rounded to
 * nearest and fdlibm returns one ulp more; `exp` below restores fdlibm's value. Math.pow is not
 * fdlibm in V8: it differs from StrictMath.pow by one ulp for about 5 % of arguments (for example
 * 10^-4, 10^26). Matching those bits needs an fdlibm pow implementation; until then `pow` is V8's.
 */

/** @see https://www.tradingview.com/pine-script-reference/v6/#const_math.e */
export const E = Math.E;
/** @see https://www.tradingview.com/pine-script-reference/v6/#const_math.pi */
export const PI = Math.PI;
/** Golden ratio (1 + √5) / 2. @see https://www.tradingview.com/pine-script-reference/v6/#const_math.phi */
export const PHI = 1.618033988749895;
/** Reciprocal golden ratio. @see https://www.tradingview.com/pine-script-reference/v6/#const_math.rphi */
export const RPHI = 0.6180339887498948;

/** fdlibm's exp(1) (StrictMath.exp(1.0) = 2.7182818284590455), one ulp above Math.E. */
// biome-ignore lint/suspicious/noApproximativeNumericConstant: deliberately not Math.E (see above)
const FDLIBM_EXP_1 = 2.7182818284590455;

export const abs = Math.abs;
export const acos = Math.acos;
export const asin = Math.asin;
export const atan = Math.atan;
export const cos = Math.cos;
export const sin = Math.sin;
export const tan = Math.tan;
export const log = Math.log;
export const log10 = Math.log10;
export const sqrt = Math.sqrt;
export const pow = Math.pow;
export const ceil = Math.ceil;
export const floor = Math.floor;

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.exp */
export function exp(x: number): number {
  return x === 1 ? FDLIBM_EXP_1 : Math.exp(x);
}

/** -1, 0 or 1 (na stays na). @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.sign */
export function sign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : Number.NaN;
}

/**
 * Nearest integer, "with ties rounding up" (toward +∞: -2.5 → -2, like Java's Math.round and JS
 * Math.round, not half away from zero); with `precision`, rounds to that many decimals.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.round
 */
export function round(x: number, precision?: number): number {
  if (precision === undefined || precision === 0) return Math.round(x);
  if (Number.isNaN(precision)) return Number.NaN;
  const scale = 10 ** Math.trunc(precision);
  return Math.round(x * scale) / scale;
}

/**
 * Nearest multiple of `mintick`, ties rounding up. The product is formed by dividing by the
 * tick count per unit (0.3, not 3 × 0.1 = 0.30000000000000004) when that count is whole.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.round_to_mintick
 */
export function roundToMintick(x: number, mintick: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (!(mintick > 0)) return x;
  const ticks = Math.round(x / mintick);
  const perUnit = Math.round(1 / mintick);
  if (perUnit > 0 && Math.abs(perUnit * mintick - 1) < 1e-12) return ticks / perUnit;
  return ticks * mintick;
}

/** Radians to degrees, as Java's Math.toDegrees. @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.todegrees */
export function todegrees(radians: number): number {
  return radians * (180 / Math.PI);
}

/** Degrees to radians, as Java's Math.toRadians. @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.toradians */
export function toradians(degrees: number): number {
  return degrees * (Math.PI / 180);
}

/** Greatest argument; na when any is na. @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.max */
export function max(...values: number[]): number {
  requireArguments(values, 'math.max');
  return Math.max(...values);
}

/** Smallest argument; na when any is na. @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.min */
export function min(...values: number[]): number {
  requireArguments(values, 'math.min');
  return Math.min(...values);
}

/**
 * Mean of the arguments, summed left to right then divided; na when any is na.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_math.avg
 */
export function avg(...values: number[]): number {
  requireArguments(values, 'math.avg');
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function requireArguments(values: readonly number[], name: string): void {
  if (values.length < 2 && name !== 'math.avg') {
    throw new PineRuntimeError(`${name} needs at least two arguments`);
  }
  if (values.length === 0) throw new PineRuntimeError(`${name} needs at least one argument`);
}

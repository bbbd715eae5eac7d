/**
 * The qualifier lattice const < input < simple < series: a value may go where a stronger
 * qualifier is expected, never where a weaker one is.
 * @see https://www.tradingview.com/pine-script-docs/language/type-system/#qualifiers
 */
import type { BuiltinQualifier } from '../builtins/signature.ts';

export type PineQualifier = BuiltinQualifier;

const RANK: Record<PineQualifier, number> = { const: 0, input: 1, simple: 2, series: 3 };

export function qualifierRank(q: PineQualifier): number {
  return RANK[q];
}

export function maxQualifier(...qs: PineQualifier[]): PineQualifier {
  let best: PineQualifier = 'const';
  for (const q of qs) if (RANK[q] > RANK[best]) best = q;
  return best;
}

/** True when a value qualified `actual` may be passed where `expected` is required. */
export function fitsQualifier(actual: PineQualifier, expected: PineQualifier): boolean {
  return RANK[actual] <= RANK[expected];
}

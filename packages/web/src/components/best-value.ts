/**
 * Which backtest is best on one Performance Summary row, for the compare table. A row's label
 * says which way is better: losses, drawdowns and costs are best nearest zero; ratios, profits and
 * wins are best highest; plain counts, durations and buy-and-hold (the market's, not the
 * strategy's) are not ranked.
 */
import type { SummaryUnit } from '../api/types.ts';

export type Better = 'higher' | 'nearer-zero' | null;

export function betterDirection(label: string, unit?: SummaryUnit): Better {
  if (/buy\s*(&|and)\s*hold|open p&l|bars|time/i.test(label)) return null;
  if (unit === 'ratio' || /\bwin|profit|run-?up/i.test(label)) return 'higher';
  if (/loss|losing|drawdown|commission|margin/i.test(label)) return 'nearer-zero';
  if (unit === 'count') return null;
  return 'higher';
}

/** Indexes of the best values (all of them on a tie); none when fewer than two can be compared. */
export function bestIndexes(values: readonly (number | null)[], better: Better): Set<number> {
  const scored = values.flatMap((v, i) =>
    v !== null && Number.isFinite(v) ? [{ i, score: better === 'higher' ? v : -Math.abs(v) }] : [],
  );
  if (better === null || scored.length < 2) return new Set();
  const top = Math.max(...scored.map((s) => s.score));
  return new Set(scored.filter((s) => s.score === top).map((s) => s.i));
}

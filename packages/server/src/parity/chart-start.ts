/**
 * Where TradingView's chart history began for a probe. An export does not say; indicators,
 * `var` state and higher-timeframe requests all start cold there, so a wrong start changes trades.
 * In order of evidence:
 * 1. the probe declares it (`ohlcv_start_ms` in inputs.json);
 * 2. the export was made with the Strategy Tester range "last 365 days": an export that lists an
 *    open trade marks it at the chart's last bar, and the range then began at the first UTC
 *    midnight no earlier than 366 days before that bar. We take this start only when TradingView's
 *    first entry falls on its first day, the sign that the range, not a custom one, applied;
 * 3. the corpus's start: the other probes were exported from charts with the same history, the
 *    earliest start any probe declares (PineForge: 2025-03-31 00:00 UTC);
 * 4. without any declaration, the whole feed.
 * On the PineForge corpus rule 2 applies to the probes exported on 2026-04-05 (last bar 20:45 UTC,
 * range from 2025-04-05): e.g. ta-triple-sma-stack-latch-01 enters first at 12:30 UTC, the bar
 * after its SMA(50) gets its first value counted from 00:00.
 */
import type { ListedTrade } from '@barwise/core';
import type { ParityProbe } from './discover-probes.ts';

const DAY_MS = 86_400_000;
const RANGE_LOOKBACK_MS = 366 * DAY_MS;

/** Rule 3: the earliest start any probe of the corpus declares, or null. */
export function corpusChartStart(probes: readonly ParityProbe[]): number | null {
  let start: number | null = null;
  for (const p of probes) {
    const declared = p.settings.ohlcvStart;
    if (declared !== null && (start === null || declared < start)) start = declared;
  }
  return start;
}

/** The chart start (ms UTC) for one probe, given TradingView's export of its trades. */
export function probeChartStart(
  declared: number | null,
  expected: readonly ListedTrade[],
  corpusStart: number | null,
): number | null {
  if (declared !== null) return declared;
  const range = lastYearRangeStart(expected);
  if (range !== null && (corpusStart === null || range > corpusStart)) return range;
  return corpusStart;
}

/** Rule 2, or null when the export does not show that range. */
function lastYearRangeStart(expected: readonly ListedTrade[]): number | null {
  const open = expected.find((t) => t.open);
  if (!open || !Number.isFinite(open.exit.time)) return null;
  const start = Math.ceil((open.exit.time - RANGE_LOOKBACK_MS) / DAY_MS) * DAY_MS;
  const firstEntry = expected.reduce((min, t) => Math.min(min, t.entry.time), Infinity);
  return firstEntry >= start && firstEntry < start + DAY_MS ? start : null;
}

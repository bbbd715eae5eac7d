/**
 * Where TradingView's chart history began for a probe. An export does not say; indicators,
 * `var` state and higher-timeframe requests all start cold there, so a wrong start changes trades.
 * In order of evidence:
 * 1. the probe declares it (`ohlcv_start_ms` in inputs.json);
 * 2. the export was made with the Strategy Tester range "last 365 days": an export that lists an
 *    open trade marks it at the chart's last bar, and the range then began at the first UTC
 *    midnight no earlier than 366 days before that bar. We take this start only when TradingView's
 *    first entry falls on its first day, the sign that the range, not a custom one, applied. A
 *    probe whose export shows no open trade takes a range another probe of the corpus shows when
 *    its trades fit it: the first entry on the range's first day, nothing after its last bar;
 * 3. the corpus's start: the other probes were exported from charts with the same history, the
 *    earliest start any probe declares (PineForge: 2025-03-31 00:00 UTC);
 * 4. without any declaration, the whole feed.
 * On the PineForge corpus rule 2 applies to the probes exported on 2026-04-05 (last bar 20:45 UTC,
 * range from 2025-04-05): e.g. ta-triple-sma-stack-latch-01 enters first at 12:30 UTC, the bar
 * after its SMA(50) gets its first value counted from 00:00.
 */
import type { ListedTrade } from '@barwise/core';

const DAY_MS = 86_400_000;
const RANGE_LOOKBACK_MS = 366 * DAY_MS;

/** What a probe tells about its chart: a declared start, and TradingView's export of its trades. */
export interface ProbeExport {
  readonly declared: number | null;
  readonly trades: readonly ListedTrade[];
}

/** Resolves the chart start (ms UTC, or null: the whole feed) of each probe of one corpus. */
export function chartStartResolver(
  corpus: readonly ProbeExport[],
): (probe: ProbeExport) => number | null {
  let corpusStart: number | null = null;
  for (const { declared } of corpus) {
    if (declared !== null && (corpusStart === null || declared < corpusStart))
      corpusStart = declared;
  }
  const ranges: TesterRange[] = [];
  for (const { trades } of corpus) {
    const range = lastYearRange(trades);
    if (range && (corpusStart === null || range.start > corpusStart)) ranges.push(range);
  }
  return ({ declared, trades }) => {
    if (declared !== null) return declared;
    return ranges.find((range) => fits(trades, range))?.start ?? corpusStart;
  };
}

/** A Strategy Tester range: its first bar's day (ms UTC, midnight) and the chart's last bar. */
interface TesterRange {
  readonly start: number;
  readonly lastBar: number;
}

/** Rule 2 from the probe's own export, or null when it does not show that range. */
function lastYearRange(trades: readonly ListedTrade[]): TesterRange | null {
  const open = trades.find((t) => t.open);
  if (!open || !Number.isFinite(open.exit.time)) return null;
  const lastBar = open.exit.time;
  const range = { start: Math.ceil((lastBar - RANGE_LOOKBACK_MS) / DAY_MS) * DAY_MS, lastBar };
  return fits(trades, range) ? range : null;
}

function fits(trades: readonly ListedTrade[], range: TesterRange): boolean {
  let first = Infinity;
  let last = -Infinity;
  for (const t of trades) {
    first = Math.min(first, t.entry.time);
    last = Math.max(last, t.entry.time, t.open ? -Infinity : t.exit.time);
  }
  return first >= range.start && first < range.start + DAY_MS && last <= range.lastBar;
}

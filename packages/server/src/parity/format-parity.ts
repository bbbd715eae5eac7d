/** Text for people: one line per probe, then `N/M probes exact` and the other counts. */

import { formatListTime, type ListedTrade, type TradeDifference } from '@barwise/core';
import type { ParityReport, ProbeResult } from './run-parity.ts';

export function formatProbeLine(result: ProbeResult): string {
  const documented = result.expectMatch ? '' : ` [documented divergence: ${result.note}]`;
  switch (result.status) {
    case 'exact': {
      const c = result.comparison;
      return `exact    ${result.name}  ${c.expectedCount} trades${documented}`;
    }
    case 'differs': {
      const c = result.comparison;
      const at = `${c.matchedCount}/${c.expectedCount} trades match`;
      return `differs  ${result.name}  ${at}; ${describe(c.firstDifference!)}${documented}`;
    }
    case 'skipped':
      return `skipped  ${result.name}  ${result.reason}`;
    case 'error':
      return `error    ${result.name}  ${result.message}`;
  }
}

export function formatParitySummary(report: ParityReport): string {
  const t = report.totals;
  return `${t.exact}/${t.probes} probes exact (${t.differs} differ, ${t.skipped} skipped, ${t.error} errors)`;
}

/** `trade #12 (TradingView) entryTime: TradingView 2025-04-01 05:15 long @1804.12, ours …` */
function describe(d: TradeDifference): string {
  const number = d.expected
    ? `TradingView trade #${d.expected.tradeNumber}`
    : `trade ${d.index + 1}`;
  const tv = d.expected ? brief(d.expected) : 'none';
  const ours = d.actual ? brief(d.actual) : 'none';
  return `${number} ${d.field}: TradingView ${tv}; ours ${ours}`;
}

function brief(t: ListedTrade): string {
  const time = (ms: number) => (Number.isNaN(ms) ? '?' : formatListTime(ms, 'UTC'));
  const exit = t.open ? 'open' : `${time(t.exit.time)} @${t.exit.price}`;
  return `${t.direction} ${t.qty} ${time(t.entry.time)} @${t.entry.price} → ${exit} (UTC)`;
}

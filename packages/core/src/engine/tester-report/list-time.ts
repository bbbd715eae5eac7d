/**
 * Times as TradingView's "List of Trades" export writes them: `YYYY-MM-DD HH:mm`, wall clock of the
 * chart's time zone, no offset. The inverse reads such a time (seconds optional) back to ms UTC.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import { fromLocalMs, localParts } from '../../market/timezone.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const LIST_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

export function formatListTime(utcMs: number, timezone: string): string {
  const p = localParts(timezone, utcMs);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** ms UTC of a `YYYY-MM-DD HH:mm[:ss]` wall-clock time in `timezone`; NaN when the text is not one. */
export function parseListTime(text: string, timezone: string): number {
  const m = LIST_TIME.exec(text.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m;
  const local = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, s ? +s : 0);
  return fromLocalMs(timezone, local);
}

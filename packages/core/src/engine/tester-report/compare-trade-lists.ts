/**
 * Compares our trade list with TradingView's, trade by trade in entry order, and names the first
 * difference (missing or extra trade, side, entry/exit time, price to the tick, quantity).
 *
 * Alignment rule. TradingView computes a strategy over the history its chart loaded, so its list
 * starts later than ours when our data has more warm-up, and stops at the last bar it had when it
 * was exported. The comparison therefore covers TradingView's window only:
 * - it starts at TradingView's first entry: our trades entered earlier are ignored (counted);
 * - it ends at `windowEnd` when given, else at the time of TradingView's `Open` rows (its last
 *   bar) when it lists an open trade, else at the latest time in its list; our trades entered
 *   later are ignored (counted);
 * - a trade TradingView still lists as open is compared on its entry only, and ours must not have
 *   closed by TradingView's last bar.
 * This mirrors how PineForge's corpus runner limits its engine to TradingView's entry window
 * (first TradingView entry minus one bar to the last), but where PineForge then tolerates
 * differences (1-hour matching window, percentile thresholds) this comparison is exact.
 * @see corpora/pineforge-corpus/README.md "Parity thresholds"
 */
import type { ListedTrade } from './listed-trade.ts';

export interface CompareTradeListsOptions {
  /** Prices are equal when they differ by less than half a tick. */
  readonly mintick: number;
  /** Largest quantity difference still equal (exports round sizes); default 5e-5. */
  readonly qtyTolerance?: number;
  /** Last time (ms UTC) of TradingView's data when known; see the alignment rule. */
  readonly windowEnd?: number;
}

export type TradeField =
  | 'missing'
  | 'extra'
  | 'direction'
  | 'entryTime'
  | 'entryPrice'
  | 'qty'
  | 'exitTime'
  | 'exitPrice'
  | 'closedEarly';

export interface TradeDifference {
  /** 0-based position in the compared window. */
  readonly index: number;
  readonly field: TradeField;
  /** TradingView's trade (null when ours is extra). */
  readonly expected: ListedTrade | null;
  /** Our trade (null when TradingView's is missing from ours). */
  readonly actual: ListedTrade | null;
}

export interface TradeListComparison {
  readonly exact: boolean;
  /** TradingView's trades (all of them: they define the window). */
  readonly expectedCount: number;
  /** Our trades inside the window. */
  readonly actualCount: number;
  /** Leading trades equal in every compared field. */
  readonly matchedCount: number;
  readonly ignoredBefore: number;
  readonly ignoredAfter: number;
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly firstDifference: TradeDifference | null;
}

export function compareTradeLists(
  expected: readonly ListedTrade[],
  actual: readonly ListedTrade[],
  options: CompareTradeListsOptions,
): TradeListComparison {
  const tv = byEntry(expected);
  const ours = byEntry(actual);
  const windowStart = tv.length > 0 ? tv[0]!.entry.time : Number.NEGATIVE_INFINITY;
  const windowEnd = options.windowEnd ?? lastTime(tv);
  const inside = ours.filter((t) => t.entry.time >= windowStart && t.entry.time <= windowEnd);
  const ignoredBefore = ours.filter((t) => t.entry.time < windowStart).length;
  const ignoredAfter = ours.length - inside.length - ignoredBefore;
  let firstDifference: TradeDifference | null = null;
  let matchedCount = 0;
  for (let i = 0; i < Math.max(tv.length, inside.length) && !firstDifference; i++) {
    const e = tv[i] ?? null;
    const a = inside[i] ?? null;
    const field = !a ? 'missing' : !e ? 'extra' : differingField(e, a, windowEnd, options);
    if (field) firstDifference = { index: i, field, expected: e, actual: a };
    else matchedCount++;
  }
  return {
    exact: firstDifference === null,
    expectedCount: tv.length,
    actualCount: inside.length,
    matchedCount,
    ignoredBefore,
    ignoredAfter,
    windowStart,
    windowEnd,
    firstDifference,
  };
}

function differingField(
  e: ListedTrade,
  a: ListedTrade,
  windowEnd: number,
  options: CompareTradeListsOptions,
): TradeField | null {
  const samePrice = (x: number, y: number) => Math.abs(x - y) < options.mintick / 2;
  if (e.direction !== a.direction) return 'direction';
  if (e.entry.time !== a.entry.time) return 'entryTime';
  if (!samePrice(e.entry.price, a.entry.price)) return 'entryPrice';
  if (Math.abs(e.qty - a.qty) > (options.qtyTolerance ?? 5e-5)) return 'qty';
  if (e.open) return !a.open && a.exit.time <= windowEnd ? 'closedEarly' : null;
  if (a.open || e.exit.time !== a.exit.time) return 'exitTime';
  if (!samePrice(e.exit.price, a.exit.price)) return 'exitPrice';
  return null;
}

function byEntry(trades: readonly ListedTrade[]): ListedTrade[] {
  return [...trades].sort((a, b) => a.entry.time - b.entry.time || a.tradeNumber - b.tradeNumber);
}

function lastTime(trades: readonly ListedTrade[]): number {
  if (trades.length === 0) return Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of trades) {
    last = Math.max(last, t.entry.time);
    if (!Number.isNaN(t.exit.time)) last = Math.max(last, t.exit.time);
  }
  return last;
}

/** Pine scripts the backtest tests run, and rows for them written straight into the library tables. */
import type { Database } from '../../store/database.ts';

/** Long while the fast SMA is above the slow one; plots both averages. */
export const SMA_CROSS = `//@version=6
strategy("SMA Cross")
fast = ta.sma(close, input.int(10, "Fast"))
slow = ta.sma(close, input.int(30, "Slow"))
plot(fast, "Fast")
plot(slow, "Slow")
if ta.crossover(fast, slow)
    strategy.entry("Long", strategy.long)
if ta.crossunder(fast, slow)
    strategy.close("Long")
`;

/** Busy for a while on every bar (a bounded loop), so a run lasts long enough to cancel. */
export const SLOW = `//@version=6
strategy("Slow")
float s = 0.0
for i = 0 to 20000
    s += math.sqrt(i)
if s < 0
    strategy.entry("Never", strategy.long)
`;

export const COMPILE_ERROR = `//@version=6
strategy("Broken")
x = nope1
y = nope2
`;

export const INDICATOR = `//@version=6
indicator("Just a line")
plot(close)
`;

/** Stores a strategy with one version of `source`; its name is its id. */
export async function insertStrategy(
  database: Database,
  id: string,
  source: string,
  language = 'pine',
): Promise<void> {
  const now = new Date().toISOString();
  await database.db
    .insertInto('strategies')
    .values({
      id,
      name: id,
      language,
      description: '',
      latest_version: 1,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    })
    .execute();
  await database.db
    .insertInto('strategy_versions')
    .values({ strategy_id: id, version: 1, source, created_at: now })
    .execute();
}

/**
 * Two long trades of 10 units on COSTS_BARS; the script charges 5 per order. Orders at a bar's
 * close fill at the next bar's open (TRADINGVIEW-SEMANTICS.md rule 1): trade 1 buys at bar 1's
 * open 101 and sells at bar 2's open 110 (+90); trade 2 buys at bar 4's 104, sells at bar 5's 108
 * (+40). Gross 130; with the script's 4 × 5 commission, net 110.
 */
export const TWO_TRADES = `//@version=6
strategy("Two trades", commission_type=strategy.commission.cash_per_order, commission_value=5)
if bar_index == 0 or bar_index == 3
    strategy.entry("Long", strategy.long, qty=10)
if bar_index == 1 or bar_index == 4
    strategy.close("Long")
`;

/** Daily bars from 2024-01-01 for TWO_TRADES: [open, high, low, close]. */
export const COSTS_BARS: readonly (readonly [number, number, number, number])[] = [
  [100, 101, 99, 100],
  [101, 103, 100, 102],
  [110, 112, 109, 111],
  [105, 106, 104, 105],
  [104, 106, 103, 105],
  [108, 109, 107, 108],
  [108, 109, 107, 108],
];

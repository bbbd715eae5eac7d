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

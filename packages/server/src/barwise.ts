/** Opens Barwise's services for one configuration: what the CLI, the API and workers share. */
import type { BarwiseConfig } from './config.ts';
import { CandleStore } from './data/candle-store.ts';
import { type Database, databaseTarget, openDatabase } from './store/database.ts';

export interface Barwise {
  readonly config: BarwiseConfig;
  readonly database: Database;
  readonly candles: CandleStore;
  close(): Promise<void>;
}

export async function openBarwise(config: BarwiseConfig): Promise<Barwise> {
  const database = await openDatabase(databaseTarget(config));
  return {
    config,
    database,
    candles: new CandleStore(database),
    close: () => database.close(),
  };
}

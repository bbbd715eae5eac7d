import { testDatabases } from '../test-support/databases.ts';
import { candleStoreContract } from './candle-store.contract.ts';

for (const target of await testDatabases()) candleStoreContract(target);

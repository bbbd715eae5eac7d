import { testDatabases } from '../test-support/databases.ts';
import { strategyLibraryContract } from './strategy-library.contract.ts';

for (const target of await testDatabases()) strategyLibraryContract(target);

/**
 * A Barwise process that only runs jobs: opens the SQLite data folder given as its argument and
 * runs queued backtests until SIGTERM. The durability test starts it with node + tsx and kills it.
 * Usage: node --import tsx job-host.ts DATA_DIR
 */

import { openBacktesting } from '../../backtests/open-backtesting.ts';
import { openBarwise } from '../../barwise.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: job-host.ts DATA_DIR');
const barwise = await openBarwise({ dataDir, databaseUrl: undefined });
const { queue } = openBacktesting(barwise, { pollMs: 50 });
await queue.start();
process.stdout.write(`ready ${queue.owner}\n`);
// Event-loop keep-alive: the queue's own timers do not hold the process open.
const alive = setInterval(() => {}, 60_000);
process.once('SIGTERM', async () => {
  clearInterval(alive);
  await queue.stop();
  await barwise.close();
});

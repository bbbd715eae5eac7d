/** `barwise data gaps <exchange>:<symbol> <tf> [--repair]`: missing bars of a stored dataset. */
import { formatBarTime, formatTimeframe, type Timeframe } from '@barwise/core';
import type { Command } from 'commander';
import type { Barwise } from '../../barwise.ts';
import { DatasetNotFoundError } from '../../data/candle-store.ts';
import type { Dataset } from '../../data/dataset.ts';
import { KnownGapStore } from '../../data/gaps-known-store.ts';
import { type DatasetGap, listDatasetGaps, repairDatasetGaps } from '../../data/gaps-repair.ts';
import { exchangeProvider } from '../../data/providers/exchange-provider.ts';
import type { CommandContext } from '../context.ts';
import { timeframeOption } from '../options.ts';
import { formatTable } from '../table.ts';
import { describeDataset, EXCHANGE_HELP, exchangeSymbol } from './data-fetch.ts';

export function registerDataGaps(data: Command, ctx: CommandContext): void {
  data
    .command('gaps')
    .description('list the missing bars of a fetched dataset; --repair re-requests them')
    .argument('<market>', 'EXCHANGE:SYMBOL as given to `barwise data fetch`')
    .argument('<timeframe>', 'timeframe, e.g. 1 or 60', timeframeOption)
    .option(
      '--repair',
      're-request the gaps; those the exchange has no bars for are recorded as known and not asked again',
    )
    .addHelpText('after', EXCHANGE_HELP)
    .action(
      async (
        market: string,
        timeframe: Timeframe,
        options: { repair?: boolean },
        command: Command,
      ) => {
        const { exchange, symbol } = exchangeSymbol(market);
        const text = await ctx.withBarwise(command, async (app) => {
          const knownGaps = new KnownGapStore(app.database);
          const provider = exchangeProvider(exchange, ctx.io.env);
          const dataset = await findDataset(app, exchange, symbol, timeframe, () =>
            provider.describe(symbol).then((i) => i.symbol.ticker),
          );
          const deps = { candles: app.candles, knownGaps, provider };
          if (!options.repair) return gapReport(dataset, await listDatasetGaps(deps, dataset));
          const repair = await repairDatasetGaps(deps, dataset);
          const head =
            `re-requested ${repair.requested.length} gaps: +${repair.added} bars` +
            (repair.recordedKnown.length
              ? `, ${repair.recordedKnown.length} recorded as the exchange's own`
              : '');
          return `${head}\n${gapReport(repair.dataset, repair.remaining)}`;
        });
        ctx.io.stdout.write(text);
      },
    );
}

/** The dataset under the user's name, or under the ticker the exchange gives that name. */
async function findDataset(
  app: Barwise,
  source: string,
  name: string,
  timeframe: Timeframe,
  tickerOf: () => Promise<string>,
): Promise<Dataset> {
  try {
    return await app.candles.resolve(name, timeframe, source);
  } catch (error) {
    if (!(error instanceof DatasetNotFoundError)) throw error;
    return app.candles.resolve(await tickerOf(), timeframe, source);
  }
}

function gapReport(dataset: Dataset, gaps: readonly DatasetGap[]): string {
  const name = `${dataset.source}:${dataset.ticker} ${formatTimeframe(dataset.timeframe)}`;
  const head = `${name}: ${describeDataset(dataset)}`;
  if (gaps.length === 0) return `${head}\nno gaps\n`;
  const when = (t: number) => formatBarTime(t, dataset.symbol.timezone, dataset.timeframe);
  const missing = gaps.reduce((sum, g) => sum + g.missingBars, 0);
  const table = formatTable(
    ['from', 'to', 'bars', 'status'],
    gaps.map((g) => [
      when(g.from),
      when(g.to),
      String(g.missingBars),
      g.known ? 'known: the exchange has none' : 'missing',
    ]),
    { rightAligned: [2] },
  );
  return `${head}\n${gaps.length} gaps, ${missing} bars missing\n${table}`;
}

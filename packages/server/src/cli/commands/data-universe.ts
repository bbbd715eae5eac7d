/** `barwise data universe <exchange>`: the most liquid markets, optionally fetched. */
import { formatTimeframe, InputError, type Timeframe } from '@barwise/core';
import { type Command, Option } from 'commander';
import { KeepFreshStore } from '../../data/fetch-keep-fresh-store.ts';
import { exchangeProvider } from '../../data/providers/exchange-provider.ts';
import { loadUniverse, type UniverseOptions } from '../../data/universe.ts';
import { fetchUniverse } from '../../data/universe-fetch.ts';
import type { CommandContext } from '../context.ts';
import {
  positiveIntOption,
  positiveNumberOption,
  timeframeOption,
  timeOption,
} from '../options.ts';
import { formatTable } from '../table.ts';
import { describeDataset, EXCHANGE_HELP } from './data-fetch.ts';

interface UniverseCliOptions {
  quote: string;
  top: number;
  by: 'volume' | 'change';
  minVolume?: number;
  perpetual?: boolean;
  includeStablecoins?: boolean;
  includeLeveraged?: boolean;
  fetch?: Timeframe;
  from?: string;
  keepFresh?: boolean;
}

export function registerDataUniverse(data: Command, ctx: CommandContext): void {
  data
    .command('universe')
    .description('list (and with --fetch download) the most liquid markets of an exchange')
    .argument('<exchange>', 'ccxt exchange id, e.g. binance')
    .option('--quote <currency>', 'quote currency', 'USDT')
    .option('--top <n>', 'how many markets', positiveIntOption('--top'), 50)
    .addOption(
      new Option('--by <measure>', '24 h quote volume, or absolute 24 h price change')
        .choices(['volume', 'change'])
        .default('volume'),
    )
    .option(
      '--min-volume <value>',
      'least 24 h volume in the quote currency',
      positiveNumberOption('--min-volume'),
    )
    .option('--perpetual', 'perpetual swaps instead of spot markets')
    .option('--include-stablecoins', 'keep stablecoin-to-stablecoin pairs (USDC/USDT …)')
    .option('--include-leveraged', 'keep leveraged tokens (BTCUP, ETH3L …)')
    .option('--fetch <tf>', 'download this timeframe for every market listed', timeframeOption)
    .option('--from <time>', 'with --fetch: first bar time (UTC)')
    .option('--keep-fresh', 'with --fetch: let `barwise data refresh` keep them up to date')
    .addHelpText('after', EXCHANGE_HELP)
    .action(async (exchange: string, options: UniverseCliOptions, command: Command) => {
      if (options.fetch && options.from === undefined)
        throw new InputError('--fetch needs --from <time>');
      const selection: UniverseOptions = {
        quote: options.quote,
        top: options.top,
        by: options.by,
        minVolume: options.minVolume,
        kind: options.perpetual ? 'swap' : 'spot',
        includeStablecoins: options.includeStablecoins,
        includeLeveraged: options.includeLeveraged,
      };
      const provider = exchangeProvider(exchange, ctx.io.env);
      const timeframe = options.fetch;
      if (!timeframe) {
        const entries = await loadUniverse(provider, selection);
        ctx.io.stdout.write(
          formatTable(
            ['#', 'symbol', 'ccxt', 'volume 24h', 'change %'],
            entries.map((e, i) => [
              String(i + 1),
              e.ticker,
              e.providerSymbol,
              Math.round(e.quoteVolume).toLocaleString('en-US'),
              e.changePercent.toFixed(2),
            ]),
            { rightAligned: [0, 3, 4] },
          ),
        );
        return;
      }
      const from = timeOption('--from', options.from ?? '', 'UTC');
      const results = await ctx.withBarwise(command, (app) =>
        fetchUniverse(
          { candles: app.candles, provider, keepFresh: new KeepFreshStore(app.database) },
          selection,
          {
            timeframe,
            from,
            keepFresh: options.keepFresh,
            onMarket: (e, i, n) => ctx.io.stderr.write(`[${i + 1}/${n}] ${e.ticker}\n`),
          },
        ),
      );
      const lines = results.map(
        ({ entry, result }) =>
          `${provider.source}:${entry.ticker} ${formatTimeframe(timeframe)}: +${result.added} bars, ${describeDataset(result.dataset)}`,
      );
      ctx.io.stdout.write(`${lines.join('\n')}\n`);
    });
}

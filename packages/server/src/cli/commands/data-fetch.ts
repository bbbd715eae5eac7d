/** `barwise data fetch <exchange>:<symbol> <tf>` and `barwise data refresh`: bars from exchanges. */
import { formatBarTime, formatTimeframe, InputError, type Timeframe } from '@barwise/core';
import type { Command } from 'commander';
import type { Dataset } from '../../data/dataset.ts';
import { fetchDataset } from '../../data/fetch-dataset.ts';
import { KeepFreshStore } from '../../data/fetch-keep-fresh-store.ts';
import { refreshFreshDatasets } from '../../data/fetch-refresh.ts';
import {
  EXCHANGE_URL_ENV_PREFIX,
  exchangeProvider,
} from '../../data/providers/exchange-provider.ts';
import type { CommandContext } from '../context.ts';
import { timeframeOption, timeOption } from '../options.ts';
import { progressBar } from '../progress-bar.ts';

interface FetchOptions {
  from: string;
  to?: string;
  keepFresh?: boolean;
}

/** Help shared by the commands that talk to exchanges. */
export const EXCHANGE_HELP = `
Exchanges are reached through ccxt (any exchange it supports: binance, bybit, okx …); symbols are
ccxt's (BTC/USDT, perpetual BTC/USDT:USDT) or the exchange's ids (BTCUSDT, perpetual BTCUSDT.P).
Times are UTC unless they carry an offset.

Testing / proxy override: ${EXCHANGE_URL_ENV_PREFIX}<EXCHANGE>=<origin> (e.g.
${EXCHANGE_URL_ENV_PREFIX}BINANCE=http://127.0.0.1:8080) sends that exchange's REST requests to
another origin, paths unchanged.`;

/** `binance:BTC/USDT` → its parts (the symbol may contain colons itself: `BTC/USDT:USDT`). */
export function exchangeSymbol(text: string): { exchange: string; symbol: string } {
  const colon = text.indexOf(':');
  const exchange = colon < 0 ? '' : text.slice(0, colon);
  const symbol = colon < 0 ? '' : text.slice(colon + 1);
  if (!exchange || !symbol)
    throw new InputError(`"${text}" is not EXCHANGE:SYMBOL (e.g. binance:BTC/USDT)`);
  return { exchange: exchange.toLowerCase(), symbol };
}

export function describeDataset(dataset: Dataset | undefined): string {
  if (!dataset || dataset.firstTime === null || dataset.lastTime === null) return 'empty';
  const when = (t: number) => formatBarTime(t, dataset.symbol.timezone, dataset.timeframe);
  return `${dataset.barCount.toLocaleString('en-US')} bars, ${when(dataset.firstTime)} … ${when(dataset.lastTime)}`;
}

export function registerDataFetch(data: Command, ctx: CommandContext): void {
  data
    .command('fetch')
    .description(
      'download closed bars from an exchange, incrementally (only bars after those stored)',
    )
    .argument('<market>', 'EXCHANGE:SYMBOL, e.g. binance:BTC/USDT or binance:BTCUSDT.P')
    .argument(
      '<timeframe>',
      'timeframe, e.g. 1, 60, D (missing ones are resampled)',
      timeframeOption,
    )
    .requiredOption('--from <time>', 'first bar time (YYYY-MM-DD, ISO, epoch; UTC)')
    .option('--to <time>', 'end time, exclusive (default: now; the still-open bar is never stored)')
    .option('--keep-fresh', 'let `barwise data refresh` keep this dataset up to date')
    .addHelpText('after', EXCHANGE_HELP)
    .action(
      async (market: string, timeframe: Timeframe, options: FetchOptions, command: Command) => {
        const { exchange, symbol } = exchangeSymbol(market);
        const from = timeOption('--from', options.from, 'UTC');
        const to = options.to === undefined ? undefined : timeOption('--to', options.to, 'UTC');
        const progress = progressBar(ctx.io.stderr, `fetching ${market}`);
        const result = await ctx.withBarwise(command, (app) =>
          fetchDataset(
            {
              candles: app.candles,
              provider: exchangeProvider(exchange, ctx.io.env),
              keepFresh: new KeepFreshStore(app.database),
            },
            {
              symbol,
              timeframe,
              from,
              to,
              keepFresh: options.keepFresh,
              onProgress: (p) => progress.update(p.bars, Math.max(p.bars, p.expectedBars)),
            },
          ),
        );
        progress.finish();
        const name = `${exchange}:${result.instrument.symbol.ticker} ${formatTimeframe(timeframe)}`;
        const lines = [
          result.ranges.length === 0
            ? `${name} is up to date`
            : `fetched ${result.added.toLocaleString('en-US')} bars of ${name} in ${result.pages} pages` +
              (result.resampledFrom
                ? ` (resampled from ${formatTimeframe(result.resampledFrom)})`
                : ''),
          `  dataset: ${describeDataset(result.dataset)}`,
        ];
        if (options.keepFresh) lines.push('  kept fresh by `barwise data refresh`');
        ctx.io.stdout.write(`${lines.join('\n')}\n`);
      },
    );
}

export function registerDataRefresh(data: Command, ctx: CommandContext): void {
  data
    .command('refresh')
    .description('append the newly closed bars to every dataset fetched with --keep-fresh')
    .addHelpText('after', EXCHANGE_HELP)
    .action(async (_options: object, command: Command) => {
      const outcomes = await ctx.withBarwise(command, (app) =>
        refreshFreshDatasets({
          candles: app.candles,
          keepFresh: new KeepFreshStore(app.database),
          providerFor: (source) => exchangeProvider(source, ctx.io.env),
        }),
      );
      if (outcomes.length === 0) {
        ctx.io.stdout.write(
          'no datasets to refresh: fetch one with `barwise data fetch … --keep-fresh`\n',
        );
        return;
      }
      const lines = outcomes.map((o) => {
        const name = `${o.dataset.source}:${o.dataset.ticker} ${formatTimeframe(o.dataset.timeframe)}`;
        return 'error' in o
          ? `${name}: failed: ${o.error.message}`
          : `${name}: +${o.result.added} bars, ${describeDataset(o.result.dataset)}`;
      });
      ctx.io.stdout.write(`${lines.join('\n')}\n`);
      const failed = outcomes.filter((o) => 'error' in o).length;
      if (failed)
        throw new InputError(`${failed} of ${outcomes.length} datasets could not be refreshed`);
    });
}

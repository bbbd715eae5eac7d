/** `barwise data show <symbol> <tf>`: stored bars as CSV or JSON. */
import type { Timeframe } from '@barwise/core';
import { type Command, Option } from 'commander';
import { writeBarsCsv, writeBarsJson } from '../../data/bars-text.ts';
import type { CommandContext } from '../context.ts';
import { datasetName, timeframeOption, timeOption } from '../options.ts';

interface ShowOptions {
  from?: string;
  to?: string;
  format: 'csv' | 'json';
}

export function registerDataShow(data: Command, ctx: CommandContext): void {
  data
    .command('show')
    .description('print stored bars')
    .argument('<symbol>', 'TICKER, or SOURCE:TICKER when several sources hold it')
    .argument('<timeframe>', 'timeframe, e.g. D or 60', timeframeOption)
    .option(
      '--from <time>',
      'first bar time, inclusive (YYYY-MM-DD or ISO; symbol time zone unless an offset is given)',
    )
    .option('--to <time>', 'end time, exclusive')
    .addOption(
      new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'),
    )
    .action(
      async (symbol: string, timeframe: Timeframe, options: ShowOptions, command: Command) => {
        const { source, ticker } = datasetName(symbol);
        await ctx.withBarwise(command, async (app) => {
          const dataset = await app.candles.resolve(ticker, timeframe, source);
          const tz = dataset.symbol.timezone;
          const bars = await app.candles.load(dataset, {
            from: options.from === undefined ? undefined : timeOption('--from', options.from, tz),
            to: options.to === undefined ? undefined : timeOption('--to', options.to, tz),
          });
          const write = (text: string) => ctx.io.stdout.write(text);
          if (options.format === 'json') writeBarsJson(bars, write);
          else writeBarsCsv(bars, write);
        });
      },
    );
}

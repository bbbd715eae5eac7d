/** `barwise data resample <symbol> <tf> --to <tf>`: a higher timeframe built from stored bars. */
import { formatTimeframe, type Timeframe } from '@barwise/core';
import type { Command } from 'commander';
import { resampleDataset } from '../../data/resample-dataset.ts';
import type { CommandContext } from '../context.ts';
import { datasetName, timeframeOption } from '../options.ts';

export function registerDataResample(data: Command, ctx: CommandContext): void {
  data
    .command('resample')
    .description(
      'build a higher timeframe from a stored dataset, as TradingView builds it (stored beside the source)',
    )
    .argument('<symbol>', 'TICKER or SOURCE:TICKER')
    .argument('<timeframe>', 'timeframe of the stored bars', timeframeOption)
    .requiredOption('--to <tf>', 'target timeframe, e.g. 15, 60, D, W, M', timeframeOption)
    .action(
      async (
        symbol: string,
        timeframe: Timeframe,
        options: { to: Timeframe },
        command: Command,
      ) => {
        const { source, ticker } = datasetName(symbol);
        const { dataset } = await ctx.withBarwise(command, (app) =>
          resampleDataset(app.candles, { ticker, timeframe, source }, options.to),
        );
        ctx.io.stdout.write(
          `resampled ${dataset.source}:${ticker} ${formatTimeframe(timeframe)} → ${formatTimeframe(dataset.timeframe)}: ${dataset.barCount} bars\n`,
        );
      },
    );
}

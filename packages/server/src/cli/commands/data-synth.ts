/** `barwise data synth`: a seeded synthetic dataset, the same for the same seed. */
import { formatTimeframe, type Timeframe } from '@barwise/core';
import type { Command } from 'commander';
import { synthesizeDataset } from '../../data/synthesize-dataset.ts';
import type { CommandContext } from '../context.ts';
import {
  positiveIntOption,
  positiveNumberOption,
  timeframeOption,
  timeOption,
} from '../options.ts';

interface SynthOptions {
  symbol: string;
  timeframe: Timeframe;
  bars: number;
  seed: number;
  start?: string;
  price?: number;
}

export function registerDataSynth(data: Command, ctx: CommandContext): void {
  data
    .command('synth')
    .description(
      'generate a synthetic dataset: random walk with volatility regimes and gaps, deterministic per seed',
    )
    .requiredOption('--symbol <ticker>', 'ticker to store it under')
    .requiredOption('--timeframe <tf>', 'timeframe, e.g. 1, 60, D', timeframeOption)
    .requiredOption('--bars <n>', 'number of bars', positiveIntOption('--bars'))
    .option('--seed <k>', 'random seed', positiveIntOption('--seed'), 1)
    .option('--start <time>', 'time of the first bar (UTC unless an offset is given)', '2020-01-01')
    .option('--price <p>', 'starting price', positiveNumberOption('--price'))
    .action(async (options: SynthOptions, command: Command) => {
      const { dataset } = await ctx.withBarwise(command, (app) =>
        synthesizeDataset(app.candles, {
          ticker: options.symbol,
          timeframe: options.timeframe,
          bars: options.bars,
          seed: options.seed,
          start: timeOption('--start', options.start ?? '2020-01-01', 'UTC'),
          ...(options.price ? { startPrice: options.price } : {}),
        }),
      );
      ctx.io.stdout.write(
        `synthesized ${dataset.barCount} bars of synthetic:${dataset.ticker} ${formatTimeframe(dataset.timeframe)} (seed ${options.seed})\n`,
      );
    });
}

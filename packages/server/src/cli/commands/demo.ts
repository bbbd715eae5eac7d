/**
 * `barwise demo` (what `npm start` runs until the web app lands): makes a synthetic dataset in the
 * data folder, resamples it, and shows what is stored — a first look at Barwise with no setup.
 */
import { parseTimeframe } from '@barwise/core';
import type { Command } from 'commander';
import { resampleDataset } from '../../data/resample-dataset.ts';
import { synthesizeDataset } from '../../data/synthesize-dataset.ts';
import type { CommandContext } from '../context.ts';

export function registerDemo(program: Command, ctx: CommandContext): void {
  program
    .command('demo')
    .description(
      'create a synthetic DEMO dataset (1-minute bars, one year) and its hourly and daily bars',
    )
    .action(async (_options: unknown, command: Command) => {
      const out = (text: string) => ctx.io.stdout.write(text);
      await ctx.withBarwise(command, async (app) => {
        out(`Barwise data folder: ${app.config.dataDir}\n`);
        const minute = parseTimeframe('1');
        const { dataset } = await synthesizeDataset(app.candles, {
          ticker: 'DEMO',
          timeframe: minute,
          bars: 525_600,
          seed: 42,
          start: Date.UTC(2024, 0, 1),
        });
        out(
          `synthesized ${dataset.barCount.toLocaleString('en-US')} one-minute bars of DEMO (seed 42)\n`,
        );
        for (const tf of ['60', 'D']) {
          const { dataset: resampled } = await resampleDataset(
            app.candles,
            { ticker: 'DEMO', timeframe: minute, source: 'synthetic' },
            parseTimeframe(tf),
          );
          out(`resampled DEMO to ${tf}: ${resampled.barCount.toLocaleString('en-US')} bars\n`);
        }
      });
      out(
        '\nNext: `npx barwise data list`, `npx barwise data show DEMO D --from 2024-12-01`, `npx barwise --help`\n',
      );
    });
}

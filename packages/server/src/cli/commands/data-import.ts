/** `barwise data import <file>`: a CSV file into the candle store. */
import {
  formatLocalDate,
  formatTimeframe,
  type Gap,
  parseSymbolOverrides,
  type Timeframe,
} from '@barwise/core';
import type { Command } from 'commander';
import { importCsvFile } from '../../data/import-csv-file.ts';
import type { CommandContext } from '../context.ts';
import { timeframeOption } from '../options.ts';
import { progressBar } from '../progress-bar.ts';

interface ImportOptions {
  symbol: string;
  timeframe: Timeframe;
  tz?: string;
  source: string;
  syminfo?: string;
  replace?: boolean;
}

export function registerDataImport(data: Command, ctx: CommandContext): void {
  data
    .command('import')
    .description(
      'import OHLCV bars from a CSV file (header detected; dates, ISO times or epoch s/ms)',
    )
    .argument('<file>', 'CSV file')
    .requiredOption('--symbol <ticker>', 'ticker to store the bars under, e.g. GOOG')
    .requiredOption(
      '--timeframe <tf>',
      'timeframe of the bars in TradingView notation: 1, 15, 60, D, W …',
      timeframeOption,
    )
    .option(
      '--tz <zone>',
      'time zone of times without offset (IANA name or UTC+3); also the symbol time zone',
    )
    .option('--source <name>', 'source name of the dataset', 'csv')
    .option(
      '--syminfo <props>',
      'symbol properties, e.g. mintick=0.01,pointvalue=1,currency=USD,session=0930-1600',
    )
    .option('--replace', 'replace the stored bars instead of appending the newer ones')
    .action(async (file: string, options: ImportOptions, command: Command) => {
      const progress = progressBar(ctx.io.stderr, 'importing');
      const result = await ctx.withBarwise(command, (app) =>
        importCsvFile(app.candles, file, {
          ticker: options.symbol,
          timeframe: options.timeframe,
          source: options.source,
          timezone: options.tz,
          symbol: options.syminfo ? parseSymbolOverrides(options.syminfo) : undefined,
          replace: options.replace,
          onProgress: progress.update,
        }),
      );
      progress.finish();
      const { dataset, report } = result;
      const span =
        dataset.firstTime === null
          ? 'empty'
          : `${formatLocalDate(dataset.firstTime, dataset.symbol.timezone)} … ${formatLocalDate(dataset.lastTime!, dataset.symbol.timezone)}`;
      const lines = [
        `imported ${result.added} of ${report.rows} rows from ${file} into ${dataset.source}:${dataset.ticker} ${formatTimeframe(dataset.timeframe)}` +
          (result.skipped ? ` (${result.skipped} already stored)` : ''),
        `  dataset: ${dataset.barCount} bars, ${span}`,
      ];
      if (report.reordered) lines.push('  rows were out of order and have been sorted');
      if (report.duplicates)
        lines.push(
          `  ${report.duplicates} duplicate times resolved (${report.conflictingDuplicates} with different values: last row kept)`,
        );
      if (report.ignoredColumns.length)
        lines.push(`  ignored columns: ${report.ignoredColumns.join(', ')}`);
      for (const warning of report.warnings) lines.push(`  warning: ${warning}`);
      if (result.gaps.length) lines.push(describeGaps(result.gaps, dataset.symbol.timezone));
      ctx.io.stdout.write(`${lines.join('\n')}\n`);
    });
}

/** `3 gaps (12 missing bars; holidays count too), largest: 2024-03-28 … 2024-04-01 (2 bars)`, dates of the missing bars. */
function describeGaps(gaps: readonly Gap[], timezone: string): string {
  const missing = gaps.reduce((sum, g) => sum + g.missingBars, 0);
  const largest = gaps.reduce((a, b) => (b.missingBars > a.missingBars ? b : a));
  const when = (t: number) => formatLocalDate(t, timezone);
  return (
    `  ${gaps.length} gaps (${missing} missing bars; holidays count too), largest: ` +
    `${when(largest.from)} … ${when(largest.to - 1)} (${largest.missingBars} bars)`
  );
}

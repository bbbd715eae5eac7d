/** `barwise data list`: stored datasets with their coverage. */
import { formatBarTime, formatTimeframe } from '@barwise/core';
import type { Command } from 'commander';
import type { CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';

export function registerDataList(data: Command, ctx: CommandContext): void {
  data
    .command('list')
    .description('list stored datasets with their coverage')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const datasets = await ctx.withBarwise(command, (app) => app.candles.list());
      if (options.json) {
        const rows = datasets.map(({ timeframe, ...d }) => ({
          ...d,
          timeframe: formatTimeframe(timeframe),
        }));
        ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (datasets.length === 0) {
        ctx.io.stdout.write(
          'no datasets yet: try `barwise data import <file.csv> --symbol S --timeframe TF`\n',
        );
        return;
      }
      const when = (t: number | null, d: (typeof datasets)[number]) =>
        t === null ? '' : formatBarTime(t, d.symbol.timezone, d.timeframe);
      const table = formatTable(
        ['source', 'symbol', 'tf', 'bars', 'first', 'last', 'origin'],
        datasets.map((d) => [
          d.source,
          d.ticker,
          formatTimeframe(d.timeframe),
          d.barCount.toLocaleString('en-US'),
          when(d.firstTime, d),
          when(d.lastTime, d),
          d.origin,
        ]),
        { rightAligned: [3] },
      );
      ctx.io.stdout.write(table);
    });
}

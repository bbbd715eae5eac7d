/**
 * `barwise backtest <strategy.pine> --data <csv | SYMBOL:TF> …`: runs a Pine strategy as
 * TradingView's Strategy Tester does and prints its Performance Summary; `--trades` writes the
 * List of Trades CSV, `--json` the whole report. The work is the backtest service's.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  formatLocalDate,
  formatTimeframe,
  InputError,
  parseSymbolOverrides,
  type Timeframe,
  tickerId,
} from '@barwise/core';
import type { Command } from 'commander';
import {
  type BacktestData,
  type BacktestReport,
  backtest,
  backtestJson,
  SUMMARY_HEADER,
  summaryRows,
  tradeListCsv,
} from '../../backtest/index.ts';
import type { CommandContext } from '../context.ts';
import { datasetName, inputOption, positiveNumberOption, timeframeOption } from '../options.ts';
import { formatTable } from '../table.ts';
import { readScript } from './pine-check.ts';

interface BacktestOptions {
  data: string;
  timeframe?: Timeframe;
  syminfo?: string;
  from?: string;
  to?: string;
  input?: Record<string, string>;
  capital?: number;
  trades?: string;
  json?: string;
}

export function registerBacktest(program: Command, ctx: CommandContext): void {
  program
    .command('backtest')
    .description("backtest a Pine strategy and print TradingView's performance summary")
    .argument('<strategy>', 'Pine Script strategy file (.pine)')
    .requiredOption(
      '--data <csv|SYMBOL:TF>',
      'an OHLCV CSV file, or a stored dataset as [SOURCE:]TICKER:TIMEFRAME (e.g. GOOG:D)',
    )
    .option(
      '--timeframe <tf>',
      'timeframe of a CSV file (default: from its bar spacing)',
      timeframeOption,
    )
    .option('--syminfo <props>', 'symbol properties, e.g. mintick=0.01,pointvalue=1,timezone=UTC')
    .option('--from <time>', 'start trading here; earlier bars only warm the script up')
    .option('--to <time>', 'end of the bars, exclusive')
    .option('--input <title=value>', 'set an input by its title (repeatable)', inputOption)
    .option('--capital <amount>', 'initial capital', positiveNumberOption('--capital'))
    .option('--trades <file>', "write the List of Trades CSV (TradingView's export layout)")
    .option('--json <file>', 'write summary, trades, equity and order log as JSON')
    .action(async (file: string, options: BacktestOptions, command: Command) => {
      const source = await readScript(file, ctx.io.cwd);
      const data = await dataOption(options, ctx.io.cwd);
      const request = {
        script: { source, fileName: file },
        data,
        symbol: options.syminfo ? parseSymbolOverrides(options.syminfo) : undefined,
        from: options.from,
        to: options.to,
        inputs: options.input,
        initialCapital: options.capital,
      };
      ctx.io.stderr.write(`backtesting ${file} on ${options.data}\n`);
      const report =
        data.kind === 'dataset'
          ? await ctx.withBarwise(command, (app) => backtest(request, app.candles))
          : await backtest(request, null);
      ctx.io.stdout.write(describe(report));
      if (options.trades) await write(options.trades, tradeListCsv(report), ctx.io.cwd);
      if (options.json) await write(options.json, backtestJson(report), ctx.io.cwd);
    });
}

/** An existing file is a CSV; anything else must name a dataset `[SOURCE:]TICKER:TIMEFRAME`. */
async function dataOption(options: BacktestOptions, cwd: string): Promise<BacktestData> {
  const file = path.resolve(cwd, options.data);
  const colon = options.data.lastIndexOf(':');
  if (!existsSync(file) && colon < 0 && !/\.csv$/i.test(options.data))
    throw new InputError(
      `--data ${options.data}: no such file, and not a dataset name TICKER:TIMEFRAME (e.g. GOOG:D)`,
    );
  if (existsSync(file) || colon < 0) {
    return {
      kind: 'csv',
      text: await readScript(options.data, cwd),
      name: path.basename(file),
      timeframe: options.timeframe,
    };
  }
  const { source, ticker } = datasetName(options.data.slice(0, colon));
  return {
    kind: 'dataset',
    ticker,
    source,
    timeframe: timeframeOption(options.data.slice(colon + 1)),
  };
}

function describe(report: BacktestReport): string {
  const { bars } = report;
  const tz = bars.symbol.timezone;
  const heading =
    `${report.title} on ${tickerId(bars.symbol)} ${formatTimeframe(bars.timeframe)}, ` +
    `${formatLocalDate(report.rangeStart, tz)} … ${formatLocalDate(report.rangeEnd, tz)}, ` +
    `initial capital ${report.initialCapital.toLocaleString('en-US')} ${report.accountCurrency}`;
  return `${heading}\n\n${formatTable(SUMMARY_HEADER, summaryRows(report), { rightAligned: [1, 2, 3] })}`;
}

async function write(file: string, text: string, cwd: string): Promise<void> {
  try {
    await writeFile(path.resolve(cwd, file), text);
  } catch (error) {
    throw new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

/**
 * `barwise run <script.pine> --data <csv | [SOURCE:]TICKER:TF> [--input Title=value]… --out plots.csv`:
 * runs a Pine script over bars and writes its plots in the layout of TradingView's "Export chart
 * data": `time` in Unix seconds, then one column per exported plot named by its title, empty for na.
 * @see https://www.tradingview.com/pine-script-docs/visuals/plots/
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Bars,
  compileScript,
  InputError,
  parseOhlcvCsv,
  parseTimeframe,
  resolveInputs,
  runScript,
  runtime,
  type ScriptRun,
  sliceByTime,
  symbolInfo,
  type Timeframe,
} from '@barwise/core';
import type { Command } from 'commander';
import { labelCsvBars } from '../../backtest/index.ts';
import type { Barwise } from '../../barwise.ts';
import type { CommandContext } from '../context.ts';
import { datasetName, inputOption, timeframeOption, timeOption } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { readScript } from './pine-check.ts';

interface PineRunOptions {
  data: string;
  input?: Record<string, string>;
  timeframe?: Timeframe;
  from?: string;
  to?: string;
  out: string;
}

/** Runs the compiled script; a Pine runtime error (already naming file:line and bar) is bad input. */
export function runOrExplain(work: () => ScriptRun): ScriptRun {
  try {
    return work();
  } catch (error) {
    if (error instanceof runtime.PineRuntimeError) throw new InputError(error.message);
    throw error;
  }
}

export function registerPineRun(program: Command, ctx: CommandContext): void {
  program
    .command('run')
    .description("run a Pine script and write its plots as TradingView's chart-data export CSV")
    .argument('<script>', 'Pine Script file (.pine)')
    .requiredOption(
      '--data <source>',
      'an OHLCV CSV file, or a stored dataset as [SOURCE:]TICKER:TIMEFRAME (e.g. GOOG:D)',
    )
    .option('--input <title=value>', 'input value by title; repeat for several', inputOption)
    .option(
      '--timeframe <tf>',
      "timeframe of a CSV file's bars (default: the smallest spacing of its times)",
      timeframeOption,
    )
    .option('--from <time>', 'first bar time, inclusive (YYYY-MM-DD, ISO or epoch seconds)')
    .option('--to <time>', 'end time, exclusive')
    .requiredOption('--out <file>', 'CSV file to write the plots to')
    .action(async (script: string, options: PineRunOptions, command: Command) => {
      const source = await readScript(script, ctx.io.cwd);
      const compiled = compileScript(source, { fileName: script });
      const inputs = options.input ?? {};
      // Bad inputs are reported before any data is read.
      resolveInputs(compiled.inputs, inputs);
      const bars = await loadRunBars(options, ctx, command);
      const run = runOrExplain(() => runScript(compiled, bars, { inputs }));
      const columns = run.context.outputs.columns();
      await writeFile(path.resolve(ctx.io.cwd, options.out), plotsCsv(bars, columns));
      ctx.io.stdout.write(
        `ran ${JSON.stringify(compiled.title)} over ${bars.length} bars: ${columns.length} plot column${columns.length === 1 ? '' : 's'} written to ${options.out}\n`,
      );
    });
}

/** `--data`: an existing file is a CSV; anything else must name a stored dataset. */
async function loadRunBars(
  options: PineRunOptions,
  ctx: CommandContext,
  command: Command,
): Promise<Bars> {
  const file = path.resolve(ctx.io.cwd, options.data);
  if (existsSync(file)) return loadCsvBars(file, options, ctx);
  const colon = options.data.lastIndexOf(':');
  if (colon < 0) throw new InputError(`--data: no such file: ${options.data}`);
  const { source, ticker } = datasetName(options.data.slice(0, colon));
  const timeframe = parseTimeframe(options.data.slice(colon + 1));
  return ctx.withBarwise(command, async (app: Barwise) => {
    const dataset = await app.candles.resolve(ticker, timeframe, source);
    const tz = dataset.symbol.timezone;
    return app.candles.load(dataset, {
      from: options.from === undefined ? undefined : timeOption('--from', options.from, tz),
      to: options.to === undefined ? undefined : timeOption('--to', options.to, tz),
    });
  });
}

/** A CSV through the importer's parser (extra columns are ignored), without storing it. */
async function loadCsvBars(file: string, options: PineRunOptions, ctx: CommandContext) {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read ${options.data}: ${error.code ?? String(error)}`);
  });
  const symbol = symbolInfo(
    path
      .basename(file)
      .replace(/\.[^.]*$/, '')
      .toUpperCase(),
  );
  const progress = progressBar(ctx.io.stderr, 'reading');
  // The timeframe only labels the bars: parse first, then label them when it is inferred.
  const parsed = parseOhlcvCsv(text, {
    symbol,
    timeframe: options.timeframe ?? parseTimeframe('1'),
    source: path.basename(file),
    onProgress: progress.update,
  });
  progress.finish();
  const bars = labelCsvBars(parsed.bars, { timeframe: options.timeframe });
  const tz = symbol.timezone;
  return sliceByTime(
    bars,
    options.from === undefined ? undefined : timeOption('--from', options.from, tz),
    options.to === undefined ? undefined : timeOption('--to', options.to, tz),
  );
}

/** The export CSV: `time` in Unix seconds, then each plot column; na cells are empty. */
export function plotsCsv(
  bars: Bars,
  columns: readonly { readonly name: string; readonly values: Float64Array }[],
): string {
  const quote = (name: string) => (/[",\n\r]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name);
  const lines = [['time', ...columns.map((c) => quote(c.name))].join(',')];
  for (let i = 0; i < bars.length; i++) {
    let line = String(Math.floor(bars.time[i]! / 1000));
    for (const column of columns) {
      const value = column.values[i]!;
      line += Number.isNaN(value) ? ',' : `,${value}`;
    }
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}

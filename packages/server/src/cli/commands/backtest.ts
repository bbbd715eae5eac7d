/**
 * `barwise backtest <strategy> --data <csv | SYMBOL:TF> …` or `barwise backtest --config run.yaml`:
 * a Pine strategy runs as TradingView's Strategy Tester does and prints its Performance Summary
 * (`--trades` writes the List of Trades CSV); a TypeScript strategy module runs on the engine's
 * kernel and prints backtesting.py's statistics (backtest-ts.ts). `--json` writes the whole
 * report, `--report` a self-contained HTML page. Flags override the run config's fields.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  formatLocalDate,
  formatTimeframe,
  InputError,
  parseSymbolOverrides,
  tickerId,
} from '@barwise/core';
import type { Command } from 'commander';
import {
  type BacktestData,
  type BacktestReport,
  backtest,
  backtestJson,
  type CommissionSetting,
  parsePineCommission,
  SUMMARY_HEADER,
  summaryRows,
  tradeListCsv,
} from '../../backtest/index.ts';
import { discoverStrategies, findStrategy } from '../../backtest/strategy-registry.ts';
import type { CandleStore } from '../../data/candle-store.ts';
import { htmlReport } from '../../report/html-report.ts';
import { pineReportData } from '../../report/pine-report-data.ts';
import { loadRunConfig } from '../../run-config/load-run-config.ts';
import {
  mergeRunConfig,
  type RunFlags,
  type RunRequest,
} from '../../run-config/merge-run-config.ts';
import type { CommandContext } from '../context.ts';
import type { CliIo } from '../io.ts';
import { datasetName, inputOption, positiveNumberOption, timeframeOption } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { formatTable } from '../table.ts';
import { backtestTsStrategy } from './backtest-ts.ts';
import { readScript } from './pine-check.ts';
import { writeOutput } from './write-output.ts';

interface BacktestOptions extends RunFlags {
  config?: string;
  slippage?: number;
  strategies?: string;
}

/** Strategy files run as TypeScript modules; anything else is Pine. */
const MODULE_FILE = /\.(ts|mts|js|mjs)$/i;

export function registerBacktest(program: Command, ctx: CommandContext): void {
  program
    .command('backtest')
    .description(
      "backtest a Pine strategy (TradingView's performance summary) or a TypeScript strategy (backtesting.py's statistics)",
    )
    .argument(
      '[strategy]',
      'Pine strategy (.pine), TypeScript strategy module (.ts), or with --strategies a strategy name',
    )
    .option(
      '--strategies <folder>',
      'find the strategy by its name among the TypeScript strategies of this folder (barwise strategies)',
    )
    .option('--config <run.yaml>', 'a YAML run config; flags override its fields')
    .option(
      '--data <csv|SYMBOL:TF>',
      'an OHLCV CSV file, or a stored dataset as [SOURCE:]TICKER:TIMEFRAME (e.g. GOOG:D)',
    )
    .option(
      '--timeframe <tf>',
      'timeframe of a CSV file (default: from its bar spacing)',
      timeframeOption,
    )
    .option('--syminfo <props>', 'symbol properties, e.g. mintick=0.01,pointvalue=1,timezone=UTC')
    .option(
      '--from <time>',
      'start trading here; earlier bars warm a Pine script up (a TypeScript strategy starts there)',
    )
    .option('--to <time>', 'end of the bars, exclusive')
    .option(
      '--input <name=value>',
      'set a Pine input by its title or a TypeScript parameter by its name (repeatable)',
      inputOption,
    )
    .option('--capital <amount>', 'initial capital', positiveNumberOption('--capital'))
    .option(
      '--fill-model <name>',
      'fill model of a TypeScript strategy (next-open, on-close, realistic, tradingview)',
    )
    .option(
      '--commission <spec>',
      "commission: none, 0.1%, 2/unit, 1/order, or for a TypeScript strategy a sum (1/order+0.1%); a Pine strategy's replaces its strategy(commission_type, commission_value)",
    )
    .option(
      '--slippage <ticks>',
      "ticks against the trader on a Pine strategy's market and stop fills (replaces strategy(slippage))",
      slippageOption,
    )
    .option('--trades <file>', "write the List of Trades CSV (TradingView's layout)")
    .option('--json <file>', 'write statistics, trades and equity as JSON')
    .option(
      '--report <file>',
      'write a self-contained HTML report: chart, equity, statistics, trades',
    )
    .action(async (file: string | undefined, options: BacktestOptions, command: Command) => {
      const config = options.config
        ? await loadRunConfig(options.config, ctx.io.cwd, ctx.io.env)
        : null;
      const run = await byName(mergeRunConfig(file, options, config), options.strategies, ctx);
      const data = await dataOption(run, ctx.io.cwd);
      ctx.io.stderr.write(`backtesting ${run.strategy} on ${run.data}\n`);
      const isModule = MODULE_FILE.test(run.strategy);
      if (isModule && options.slippage !== undefined)
        throw new InputError(
          '--slippage applies to Pine strategies; a TypeScript strategy takes slippage from its fill model (fillModel.slippage, or slippageTicks of the tradingview model, in --config)',
        );
      const work = isModule
        ? (candles: CandleStore | null) => backtestTsStrategy(run, data, ctx.io, candles)
        : (candles: CandleStore | null) =>
            backtestPineStrategy(run, options.slippage, data, ctx.io, candles);
      if (data.kind === 'dataset') await ctx.withBarwise(command, (app) => work(app.candles));
      else await work(null);
    });
}

/** With `--strategies`, a strategy given by name runs from the module that registers it. */
async function byName(
  run: RunRequest,
  folder: string | undefined,
  ctx: CommandContext,
): Promise<RunRequest> {
  if (folder === undefined || MODULE_FILE.test(run.strategy) || run.strategy.endsWith('.pine'))
    return run;
  const found = findStrategy(await discoverStrategies(folder, ctx.io.cwd), run.strategy);
  return { ...run, strategy: found.path };
}

async function backtestPineStrategy(
  run: RunRequest,
  slippageTicks: number | undefined,
  data: BacktestData,
  io: CliIo,
  candles: CandleStore | null,
): Promise<void> {
  if (run.fillModel !== undefined)
    throw new InputError(
      "--fill-model applies to TypeScript strategies; a Pine strategy fills as TradingView's broker emulator does (process_orders_on_close in strategy() fills at the close)",
    );
  const commission = pineCommission(run.commission);
  const source = await readScript(run.strategy, io.cwd);
  const progress = progressBar(io.stderr, 'backtesting');
  let report: BacktestReport;
  try {
    report = await backtest(
      {
        script: { source, fileName: run.strategy },
        data,
        symbol: run.syminfo ? parseSymbolOverrides(run.syminfo) : undefined,
        from: run.from,
        to: run.to,
        inputs: run.inputs,
        initialCapital: run.capital,
        commission,
        slippageTicks,
        onProgress: (done, total) => progress.update(done, total),
      },
      candles,
    );
  } finally {
    progress.finish();
  }
  io.stdout.write(describe(report));
  if (run.trades) await writeOutput(run.trades, tradeListCsv(report), io.cwd);
  if (run.json) await writeOutput(run.json, backtestJson(report), io.cwd);
  if (run.report) await writeOutput(run.report, htmlReport(pineReportData(report)), io.cwd);
}

/** Whole ticks, 0 or more (TradingView's `slippage`). */
function slippageOption(text: string): number {
  const ticks = Number(text);
  if (!(Number.isInteger(ticks) && ticks >= 0) || text.trim() === '')
    throw new InputError(`--slippage: "${text}" is not a whole number of ticks ≥ 0`);
  return ticks;
}

/** A Pine strategy has one commission type, so a sum or an engine cost model cannot apply. */
function pineCommission(spec: RunRequest['commission']): CommissionSetting | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec !== 'string')
    throw new InputError(
      `commission: the cost model "${spec.name}" applies to TypeScript strategies; a Pine strategy takes 0.1%, 2/unit or 1/order (TradingView's commission_type and commission_value)`,
    );
  return parsePineCommission(spec, '--commission');
}

/** An existing file is a CSV; anything else must name a dataset `[SOURCE:]TICKER:TIMEFRAME`. */
async function dataOption(run: RunRequest, cwd: string): Promise<BacktestData> {
  const file = path.resolve(cwd, run.data);
  const colon = run.data.lastIndexOf(':');
  if (!existsSync(file) && colon < 0 && !/\.csv$/i.test(run.data))
    throw new InputError(
      `--data ${run.data}: no such file, and not a dataset name TICKER:TIMEFRAME (e.g. GOOG:D)`,
    );
  if (existsSync(file) || colon < 0) {
    return {
      kind: 'csv',
      text: await readScript(run.data, cwd),
      name: path.basename(file),
      timeframe: run.timeframe,
    };
  }
  const { source, ticker } = datasetName(run.data.slice(0, colon));
  return {
    kind: 'dataset',
    ticker,
    source,
    timeframe: timeframeOption(run.data.slice(colon + 1)),
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

/**
 * The TypeScript-strategy half of `barwise backtest`: loads the module, runs it on the engine's
 * kernel with a progress bar on stderr (Ctrl-C cancels at the next progress point), prints
 * backtesting.py's statistics and writes the JSON and HTML outputs.
 */
import {
  BacktestCancelledError,
  formatLocalDate,
  formatTimeframe,
  InputError,
  parseSymbolOverrides,
  tickerId,
} from '@barwise/core';
import {
  type BacktestData,
  listOfTradesCsv,
  loadTsStrategy,
  statRows,
  type TsBacktestReport,
  tsBacktestJson,
  tsStrategyBacktest,
} from '../../backtest/index.ts';
import type { CandleStore } from '../../data/candle-store.ts';
import { htmlReport } from '../../report/html-report.ts';
import { tsReportData } from '../../report/ts-report-data.ts';
import type { RunRequest } from '../../run-config/merge-run-config.ts';
import type { CliIo } from '../io.ts';
import { progressBar } from '../progress-bar.ts';
import { formatTable } from '../table.ts';
import { writeOutput } from './write-output.ts';

export async function backtestTsStrategy(
  run: RunRequest,
  data: BacktestData,
  io: CliIo,
  candles: CandleStore | null,
): Promise<void> {
  const strategy = await loadTsStrategy(run.strategy, io.cwd);
  const progress = progressBar(io.stderr, 'backtesting');
  const abort = new AbortController();
  const cancel = () => abort.abort();
  process.once('SIGINT', cancel);
  let report: TsBacktestReport;
  try {
    report = await tsStrategyBacktest(
      {
        strategy,
        data,
        symbol: run.syminfo ? parseSymbolOverrides(run.syminfo) : undefined,
        from: run.from,
        to: run.to,
        params: run.inputs,
        initialCapital: run.capital,
        commission: run.commission,
        fillModel: run.fillModel,
        onProgress: (done, total) => progress.update(done, total),
        signal: abort.signal,
      },
      candles,
    );
  } catch (error) {
    if (error instanceof BacktestCancelledError) throw new InputError(error.message);
    throw error;
  } finally {
    process.off('SIGINT', cancel);
    progress.finish();
  }
  io.stdout.write(describe(report));
  if (run.trades) {
    if (!report.tradingView)
      throw new InputError(
        "--trades writes TradingView's List of Trades of one symbol; this strategy traded several (its trades are in --json)",
      );
    const { symbol } = report.bars;
    const csv = listOfTradesCsv(
      report.tradingView.trades,
      symbol,
      symbol.currency,
      report.result.initialCash,
    );
    await writeOutput(run.trades, csv, io.cwd);
  }
  if (run.json) await writeOutput(run.json, tsBacktestJson(report), io.cwd);
  if (run.report) await writeOutput(run.report, htmlReport(tsReportData(report)), io.cwd);
}

function describe(report: TsBacktestReport): string {
  const { bars, result } = report;
  const tz = bars.symbol.timezone;
  const heading =
    `${report.title} on ${tickerId(bars.symbol)} ${formatTimeframe(bars.timeframe)}, ` +
    `${formatLocalDate(report.rangeStart, tz)} … ${formatLocalDate(report.rangeEnd, tz)}, ` +
    `initial cash ${result.initialCash.toLocaleString('en-US')}, fill model ${result.fillModel}, ` +
    `costs ${result.costModel}`;
  return `${heading}\n\n${formatTable(['Statistic', 'Value'], statRows(report), { rightAligned: [1] })}`;
}

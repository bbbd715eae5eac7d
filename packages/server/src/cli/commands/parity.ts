/**
 * `barwise parity <corpus-dir> [--only text] [--json out.json]`: runs every probe of a corpus laid
 * out as validation/<probe>/{strategy.pine, tv_trades.csv, inputs.json} + data/ (the PineForge
 * layout) and compares each trade list with TradingView's.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileScript, type InputValue, runScript } from '@barwise/core';
import type { Command } from 'commander';
import {
  formatParitySummary,
  formatProbeLine,
  type ParityRunStrategy,
  runParity,
} from '../../parity/index.ts';
import type { CommandContext } from '../context.ts';

/** One probe: compile, run over the probe's bars (its chart) and trade from the first. */
export const runPineStrategy: ParityRunStrategy = (source, bars, inputs, context) => {
  const compiled = compileScript(source, { fileName: `${context.probe.name}/strategy.pine` });
  const run = runScript(compiled, bars, {
    inputs: inputs as Readonly<Record<string, InputValue>>,
    ...(context.minuteBars ? { lowerBars: context.minuteBars } : {}),
  });
  const broker = run.context.strategy?.broker;
  if (!broker) throw new Error(`${context.probe.name}: not a strategy() script`);
  return { closedTrades: broker.ledger.closed.toArray(), openTrades: broker.openTradeRecords() };
};

export function registerParity(program: Command, ctx: CommandContext): void {
  program
    .command('parity')
    .description("run a corpus of Pine strategies and compare their trades with TradingView's")
    .argument('<corpus-dir>', 'folder with validation/<probe>/ and data/')
    .option('--only <text>', 'run only probes whose name contains this text')
    .option('--json <file>', 'write every probe result (with the first differing trade) as JSON')
    .action(async (corpusDir: string, options: { only?: string; json?: string }) => {
      const dir = path.resolve(ctx.io.cwd, corpusDir);
      const report = await runParity(
        dir,
        runPineStrategy,
        (result) => {
          ctx.io.stdout.write(`${formatProbeLine(result)}\n`);
        },
        options.only,
      );
      ctx.io.stdout.write(`${formatParitySummary(report)}\n`);
      if (options.json) {
        await writeFile(
          path.resolve(ctx.io.cwd, options.json),
          `${JSON.stringify(report, null, 2)}\n`,
        );
      }
    });
}

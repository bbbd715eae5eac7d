/** The `barwise` command line: parses arguments, runs a command, maps errors to exit codes. */
import { InputError } from '@barwise/core';
import { Command, CommanderError } from 'commander';
import { registerBacktest } from './commands/backtest.ts';
import { registerDataFetch, registerDataRefresh } from './commands/data-fetch.ts';
import { registerDataGaps } from './commands/data-gaps.ts';
import { registerDataImport } from './commands/data-import.ts';
import { registerDataList } from './commands/data-list.ts';
import { registerDataResample } from './commands/data-resample.ts';
import { registerDataShow } from './commands/data-show.ts';
import { registerDataSynth } from './commands/data-synth.ts';
import { registerDataUniverse } from './commands/data-universe.ts';
import { registerDemo } from './commands/demo.ts';
import { registerParity } from './commands/parity.ts';
import { registerPineCheck } from './commands/pine-check.ts';
import { registerPineConvert } from './commands/pine-convert.ts';
import { registerPineFmt } from './commands/pine-fmt.ts';
import { registerPineRun } from './commands/pine-run.ts';
import { registerServe } from './commands/serve.ts';
import { registerStrategies } from './commands/strategies.ts';
import { commandContext } from './context.ts';
import { type CliIo, processIo } from './io.ts';

/** Exit codes: 0 success, 1 bad input or usage (one-line message), 2 internal error (a bug). */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 1;
    }
    if (error instanceof InputError) {
      io.stderr.write(`barwise: ${error.message}\n`);
      return 1;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`barwise: internal error (please report it): ${detail}\n`);
    return 2;
  }
}

function buildProgram(io: CliIo): Command {
  const ctx = commandContext(io);
  const program = new Command('barwise')
    .description('Barwise: Pine Script engine, backtester and market data for systematic traders')
    .option('--data-dir <dir>', 'data folder (default ./data, or $BARWISE_DATA_DIR)')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  const data = program
    .command('data')
    .description('import, generate, resample and inspect market data');
  registerDataImport(data, ctx);
  registerDataList(data, ctx);
  registerDataShow(data, ctx);
  registerDataResample(data, ctx);
  registerDataSynth(data, ctx);
  registerDataFetch(data, ctx);
  registerDataGaps(data, ctx);
  registerDataUniverse(data, ctx);
  registerDataRefresh(data, ctx);
  registerDemo(program, ctx);
  registerPineCheck(program, ctx);
  registerPineFmt(program, ctx);
  registerPineRun(program, ctx);
  registerPineConvert(program, ctx);
  registerStrategies(program, ctx);
  registerParity(program, ctx);
  registerBacktest(program, ctx);
  registerServe(program, ctx);
  // Subcommands inherit output and error handling.
  for (const command of [program, data, ...data.commands, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  }
  return program;
}

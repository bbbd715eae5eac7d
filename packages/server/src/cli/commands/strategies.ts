/**
 * `barwise strategies [folder]`: the TypeScript strategies of a folder (default `strategies`),
 * one row per parameter with its type, default, range and meaning; `--json` for tools. Modules
 * that do not load are listed on stderr with the reason.
 */
import type { Command } from 'commander';
import { discoverStrategies, type ParamDoc } from '../../backtest/strategy-registry.ts';
import type { CommandContext } from '../context.ts';
import { formatTable } from '../table.ts';

export const DEFAULT_STRATEGIES_FOLDER = 'strategies';

export function registerStrategies(program: Command, ctx: CommandContext): void {
  program
    .command('strategies')
    .description('list the TypeScript strategies of a folder with their parameters')
    .argument('[folder]', 'folder searched with its subfolders', DEFAULT_STRATEGIES_FOLDER)
    .option('--json', 'print JSON')
    .action(async (folder: string, options: { json?: boolean }) => {
      const registry = await discoverStrategies(folder, ctx.io.cwd);
      for (const p of registry.problems) ctx.io.stderr.write(`skipped ${p.file}: ${p.message}\n`);
      if (options.json) {
        const list = registry.strategies.map(({ name, file, exportName, params }) => ({
          name,
          file,
          exportName,
          params,
        }));
        ctx.io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      if (registry.strategies.length === 0) {
        ctx.io.stdout.write(`no strategies in ${registry.folder}\n`);
        return;
      }
      const rows = registry.strategies.flatMap((s) =>
        s.params.length === 0
          ? [[s.name, s.file, '', '', '', '', '']]
          : s.params.map((p, k) => [
              k === 0 ? s.name : '',
              k === 0 ? s.file : '',
              p.name,
              p.type,
              String(p.default),
              range(p),
              p.description,
            ]),
      );
      const header = ['strategy', 'file', 'parameter', 'type', 'default', 'range', 'meaning'];
      ctx.io.stdout.write(`${formatTable(header, rows)}\n`);
    });
}

/** `1 … 50 step 1`, `≥ 1`, `one of a, b`, or empty. */
function range(p: ParamDoc): string {
  if (p.options) return `one of ${p.options.join(', ')}`;
  const span =
    p.min !== undefined && p.max !== undefined
      ? `${p.min} … ${p.max}`
      : p.min !== undefined
        ? `≥ ${p.min}`
        : p.max !== undefined
          ? `≤ ${p.max}`
          : '';
  return p.step === undefined || span === '' ? span : `${span} step ${p.step}`;
}

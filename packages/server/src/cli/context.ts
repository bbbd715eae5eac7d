/** What every command gets: its I/O and a way to open Barwise with the global options. */
import type { Command } from 'commander';
import { type Barwise, openBarwise } from '../barwise.ts';
import { resolveConfig } from '../config.ts';
import type { CliIo } from './io.ts';

export interface CommandContext {
  readonly io: CliIo;
  /** Opens Barwise for the command's `--data-dir`, runs `work`, and always closes it. */
  withBarwise<T>(command: Command, work: (app: Barwise) => Promise<T>): Promise<T>;
}

export function commandContext(io: CliIo): CommandContext {
  return {
    io,
    async withBarwise(command, work) {
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const app = await openBarwise(resolveConfig({ dataDir, env: io.env, cwd: io.cwd }));
      try {
        return await work(app);
      } finally {
        await app.close();
      }
    },
  };
}

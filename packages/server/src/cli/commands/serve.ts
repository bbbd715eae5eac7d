/** `barwise serve`: the HTTP API and the web app on one port, until SIGINT or SIGTERM. */
import { fileURLToPath } from 'node:url';
import { InputError } from '@barwise/core';
import type { Command } from 'commander';
import { backtestRoutes } from '../../api/routes/backtests.ts';
import { jobRoutes } from '../../api/routes/jobs.ts';
import { loadServerSettings } from '../../api/server-settings.ts';
import { DEFAULT_PORT, startServer } from '../../api/start-server.ts';
import { openBacktesting } from '../../backtests/open-backtesting.ts';
import { openBarwise } from '../../barwise.ts';
import { resolveConfig } from '../../config.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import type { CommandContext } from '../context.ts';

/** The web app's build output in this checkout (`npm run build -w packages/web`). */
const WEB_ROOT = fileURLToPath(new URL('../../../../web/dist', import.meta.url));

interface ServeOptions {
  port?: number;
  host?: string;
  config?: string;
  demo?: boolean;
}

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('run the HTTP API (/api/v1, docs at /docs) and the web app')
    .option('--port <port>', `port to listen on (default $PORT or ${DEFAULT_PORT})`, portOption)
    .option(
      '--host <host>',
      'address to listen on (default $BARWISE_HOST or 127.0.0.1); 0.0.0.0 opens it to the network',
    )
    .option(
      '--config <file>',
      'settings file (default $BARWISE_CONFIG, or barwise.yaml if present)',
    )
    .option(
      '--demo',
      'into an empty data folder, add the classic example strategies, a DEMO dataset and a first backtest',
    )
    .action(async (options: ServeOptions, command: Command) => {
      const settings = await loadServerSettings({
        flags: {
          ...(options.config ? { config: options.config } : {}),
          ...(options.host ? { host: options.host } : {}),
          ...(options.port === undefined ? {} : { port: options.port }),
        },
        env: ctx.io.env,
        cwd: ctx.io.cwd,
      });
      const { port, host } = settings;
      if (settings.file) ctx.io.stdout.write(`settings from ${settings.file}\n`);
      const { dataDir } = command.optsWithGlobals<{ dataDir?: string }>();
      const barwise = await openBarwise(
        resolveConfig({ dataDir, env: settings.env, cwd: ctx.io.cwd }),
      );
      try {
        // Backtests run in worker threads of this process; a restart recovers interrupted jobs.
        const { queue, backtests } = openBacktesting(barwise);
        await queue.start();
        const server = await startServer({
          barwise,
          routes: [backtestRoutes({ backtests }), jobRoutes({ queue })],
          host,
          port,
          webRoot: WEB_ROOT,
          uploadLimitBytes: settings.uploadLimitBytes,
          logger: { level: settings.logLevel, stream: ctx.io.stderr },
        })
          .catch((error: NodeJS.ErrnoException) => {
            if (error.code === 'EADDRINUSE')
              throw new InputError(`port ${port} is in use: give another with --port or $PORT`);
            if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
              throw new InputError(`cannot listen on host ${host}: ${error.code}`);
            throw error;
          })
          .catch(async (error: unknown) => {
            await queue.stop();
            throw error;
          });
        if (options.demo) {
          const seeded = await seedDemo(server.library, barwise.candles, backtests);
          if (seeded.strategies + seeded.datasets > 0)
            ctx.io.stdout.write(
              `added ${seeded.strategies} example strategies and ${seeded.datasets} DEMO dataset${seeded.backtestId ? ', and queued a first backtest' : ''}\n`,
            );
        }
        ctx.io.stdout.write(
          `Barwise is running at ${server.url} (API docs: ${server.url}/docs); Ctrl+C stops it\n`,
        );
        const signal = await untilSignal();
        ctx.io.stdout.write(`${signal}: stopping\n`);
        await server.close();
        await queue.stop();
      } finally {
        await barwise.close();
      }
    });
}

function portOption(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InputError(`port: "${text}" is not a port number (0 to 65535)`);
  return port;
}

/** Resolves on the first SIGINT or SIGTERM; a second one ends the process the default way. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

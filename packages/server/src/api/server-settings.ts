/**
 * Settings of `barwise serve`, from (weakest first) built-in defaults, an optional YAML file, the
 * environment, and command-line flags. The file is `--config FILE`, else `$BARWISE_CONFIG`, else
 * `barwise.yaml` in the working folder when it exists; `${VAR}`/`${VAR:default}` in it are
 * replaced from the environment first.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '@barwise/core';
import { z } from 'zod';
import { parseYamlConfig } from '../run-config/parse-yaml-config.ts';
import { substituteEnv } from '../run-config/substitute-env.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './start-server.ts';

export const DEFAULT_CONFIG_FILE = 'barwise.yaml';
const DEFAULT_UPLOAD_LIMIT_MB = 256;

const port = z.number().int().min(0).max(65_535);
const serverFileSchema = z.strictObject({
  host: z.string().min(1).optional(),
  port: port.optional(),
  /** Data folder, relative to the file's folder. */
  dataDir: z.string().min(1).optional(),
  databaseUrl: z.string().min(1).optional(),
  uploadLimitMb: z.number().positive().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});
type ServerFile = z.output<typeof serverFileSchema>;

export interface ServerSettings {
  readonly host: string;
  readonly port: number;
  readonly uploadLimitBytes: number;
  readonly logLevel: string;
  /** The file read, if any (shown at start). */
  readonly file: string | undefined;
  /** Environment for resolveConfig: the file's dataDir/databaseUrl under the real environment. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface ServerSettingsSources {
  readonly flags: { readonly config?: string; readonly host?: string; readonly port?: number };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export async function loadServerSettings({
  flags,
  env,
  cwd,
}: ServerSettingsSources): Promise<ServerSettings> {
  const named = flags.config ?? env.BARWISE_CONFIG;
  const candidate = named ?? DEFAULT_CONFIG_FILE;
  const absolute = path.resolve(cwd, candidate);
  let file: ServerFile = {};
  if (named !== undefined || existsSync(absolute)) {
    const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new InputError(
        error.code === 'ENOENT'
          ? `no such config file: ${candidate}`
          : `cannot read ${candidate}: ${error.code}`,
      );
    });
    file = parseYamlConfig(
      substituteEnv(text, env, candidate),
      candidate,
      serverFileSchema,
      'host, port, dataDir, …',
    );
  }
  const envNumber = (name: string, check: (n: number) => boolean, what: string) => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    const value = Number(text);
    if (!check(value)) throw new InputError(`${name}: "${text}" is not ${what}`);
    return value;
  };
  const envPort = envNumber('PORT', (n) => port.safeParse(n).success, 'a port number (0 to 65535)');
  const envLimit = envNumber('BARWISE_UPLOAD_LIMIT_MB', (n) => n > 0, 'a positive number of MB');
  const fileDir = path.dirname(absolute);
  return {
    host: flags.host ?? env.BARWISE_HOST ?? file.host ?? DEFAULT_HOST,
    port: flags.port ?? envPort ?? file.port ?? DEFAULT_PORT,
    uploadLimitBytes: Math.round(
      (envLimit ?? file.uploadLimitMb ?? DEFAULT_UPLOAD_LIMIT_MB) * 1024 * 1024,
    ),
    logLevel: env.LOG_LEVEL ?? file.logLevel ?? 'info',
    file: named !== undefined || existsSync(absolute) ? absolute : undefined,
    env: {
      ...(file.dataDir ? { BARWISE_DATA_DIR: path.resolve(fileDir, file.dataDir) } : {}),
      ...(file.databaseUrl ? { DATABASE_URL: file.databaseUrl } : {}),
      ...definedOnly(env),
    },
  };
}

function definedOnly(env: Readonly<Record<string, string | undefined>>) {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
}

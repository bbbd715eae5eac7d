/** Where Barwise keeps its data and which database it uses: one setting for the CLI, server and tests. */
import path from 'node:path';

export interface BarwiseConfig {
  /** Folder for the embedded database and other files; `./data` unless moved. */
  readonly dataDir: string;
  /** PostgreSQL connection string; when absent the embedded SQLite database in dataDir is used. */
  readonly databaseUrl: string | undefined;
}

export interface ConfigSources {
  /** `--data-dir` from the command line, which wins over the environment. */
  readonly dataDir?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function resolveConfig({ dataDir, env, cwd }: ConfigSources): BarwiseConfig {
  const dir = dataDir ?? env.BARWISE_DATA_DIR ?? 'data';
  return {
    dataDir: path.resolve(cwd, dir),
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

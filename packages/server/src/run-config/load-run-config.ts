/**
 * Reads a YAML run config: environment substitution (substitute-env.ts), YAML parsing, Zod
 * validation (run-config-schema.ts). Every error is one line naming the file, the line when
 * known, and the field path (`run.yaml:7: fillModel.participationRate: expected number, received
 * string`). File paths in the config are resolved against the config's folder.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '@barwise/core';
import { parseYamlConfig } from './parse-yaml-config.ts';
import { type RunConfig, runConfigSchema } from './run-config-schema.ts';
import { substituteEnv } from './substitute-env.ts';

export async function loadRunConfig(
  file: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<RunConfig> {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${code}`,
    );
  }
  return resolvePaths(parseRunConfig(substituteEnv(text, env, file), file), path.dirname(absolute));
}

/** YAML text (already substituted) to a validated run config; `file` names it in messages. */
export function parseRunConfig(text: string, file: string): RunConfig {
  return parseYamlConfig(text, file, runConfigSchema, 'strategy, data, …');
}

/** Paths relative to the config's folder; a dataset name (`GOOG:D`) is left as it is. */
function resolvePaths(config: RunConfig, dir: string): RunConfig {
  const resolve = (p: string | undefined) => (p === undefined ? undefined : path.resolve(dir, p));
  const dataFile = path.resolve(dir, config.data);
  const isFile = existsSync(dataFile) || !config.data.includes(':');
  const resolved: RunConfig = { ...config, strategy: path.resolve(dir, config.strategy) };
  if (isFile) resolved.data = dataFile;
  for (const key of ['json', 'report', 'trades'] as const) {
    const p = resolve(config[key]);
    if (p !== undefined) resolved[key] = p;
  }
  return resolved;
}

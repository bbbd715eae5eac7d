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
import { type Document, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
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

/** YAML text (already substituted) to a validated config; `file` names it in messages. */
export function parseRunConfig(text: string, file: string): RunConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    const where = `${file}:${at.line}:${at.col}`;
    throw new InputError(`${where}: ${error.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`${file}: expected a mapping of fields (strategy, data, …)`);
  const parsed = runConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  throw new InputError(describeIssue(issue!, doc, lineCounter, file));
}

function describeIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  lineCounter: LineCounter,
  file: string,
): string {
  const keys = issue.path.map(String);
  const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  const where = offset === undefined ? file : `${file}:${lineCounter.linePos(offset).line}`;
  const field = keys.join('.');
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => (field ? `${field}.${k}` : k));
    return `${where}: unknown field ${names.join(', ')} (fields: ${Object.keys(runConfigSchema.shape).join(', ')})`;
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  return `${where}: ${field ? `${field}: ` : ''}${message}`;
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

/**
 * The registry of TypeScript strategies: every strategy module in a folder and its subfolders,
 * by the strategy's name, with its typed and documented parameters. A module that fails to load
 * is listed with the reason instead of hiding the others. Like `loadTsStrategy`, the modules are
 * code the user keeps in their own folder; a registry is never built from a request.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError, type ParamSpec, type ParamValue } from '@barwise/core';
import { type LoadedTsStrategy, loadTsStrategy } from './load-ts-strategy.ts';

export interface ParamDoc {
  readonly name: string;
  readonly type: 'number' | 'boolean' | 'string';
  readonly default: ParamValue;
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly options?: readonly ParamValue[];
}

export interface RegisteredStrategy {
  readonly name: string;
  /** Module path relative to the registry's folder, with `/` separators. */
  readonly file: string;
  readonly path: string;
  readonly exportName: string;
  readonly params: readonly ParamDoc[];
  readonly loaded: LoadedTsStrategy;
}

export interface RegistryProblem {
  readonly file: string;
  readonly message: string;
}

export interface StrategyRegistry {
  readonly folder: string;
  /** By name. */
  readonly strategies: readonly RegisteredStrategy[];
  readonly problems: readonly RegistryProblem[];
}

const MODULE = /\.(ts|mts|js|mjs)$/i;
const NOT_A_STRATEGY = /\.(test|spec)\.[cm]?[jt]s$|\.d\.[cm]?ts$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export async function discoverStrategies(folder: string, cwd: string): Promise<StrategyRegistry> {
  const root = path.resolve(cwd, folder);
  let files: string[];
  try {
    files = await moduleFiles(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new InputError(`no such strategies folder: ${folder}`);
    throw error;
  }
  const strategies: RegisteredStrategy[] = [];
  const problems: RegistryProblem[] = [];
  for (const file of files) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    let loaded: LoadedTsStrategy;
    try {
      loaded = await loadTsStrategy(file, cwd);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push({ file: relative, message: error.message.replace(`${file}: `, '') });
      continue;
    }
    const name = loaded.strategy.name;
    const taken = strategies.find((s) => s.name === name);
    if (taken) {
      problems.push({ file: relative, message: `strategy "${name}" is already in ${taken.file}` });
      continue;
    }
    strategies.push({
      name,
      file: relative,
      path: file,
      exportName: loaded.exportName,
      params: paramDocs(loaded.strategy.params),
      loaded,
    });
  }
  strategies.sort((a, b) => a.name.localeCompare(b.name));
  return { folder: root, strategies, problems };
}

/** The strategy called `name`; an unknown name lists the known ones. */
export function findStrategy(registry: StrategyRegistry, name: string): RegisteredStrategy {
  const found = registry.strategies.find((s) => s.name === name);
  if (found) return found;
  const known = registry.strategies.map((s) => `"${s.name}"`).join(', ') || 'none';
  throw new InputError(`no strategy named "${name}" in ${registry.folder} (strategies: ${known})`);
}

function paramDocs(specs: Readonly<Record<string, ParamSpec>>): ParamDoc[] {
  return Object.entries(specs).map(([name, spec]) => ({
    name,
    type: typeof spec.default as ParamDoc['type'],
    default: spec.default,
    description: spec.description,
    ...(spec.min === undefined ? {} : { min: spec.min }),
    ...(spec.max === undefined ? {} : { max: spec.max }),
    ...(spec.step === undefined ? {} : { step: spec.step }),
    ...(spec.options === undefined ? {} : { options: spec.options }),
  }));
}

async function moduleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...(await moduleFiles(full)));
    } else if (MODULE.test(entry.name) && !NOT_A_STRATEGY.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

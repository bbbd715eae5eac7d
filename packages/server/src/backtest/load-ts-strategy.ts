/**
 * Loads a TypeScript strategy module by dynamic import (the CLI runs under tsx, docs/adr/0004):
 * its strategy is the default export, else its one named export that is a strategy — an object
 * with `name`, `params` and `onBar`, or a class whose instances are; `export const settings` may
 * declare the run's settings (cash, commission, fill model …) so the published run reproduces.
 * A module is code the user chose to run, as `node file.ts` would; it never comes from a request.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BacktestSettings, InputError, type Strategy } from '@barwise/core';

export interface LoadedTsStrategy {
  readonly strategy: Strategy;
  /** The export the strategy came from (`default` or its name). */
  readonly exportName: string;
  readonly settings: BacktestSettings;
}

const WHAT_TO_EXPORT =
  'export a strategy (an object with name, params and onBar, or a class of them) as the default ' +
  'export or as the one named strategy export';

export async function loadTsStrategy(file: string, cwd: string): Promise<LoadedTsStrategy> {
  const url = pathToFileURL(path.resolve(cwd, file)).href;
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(url.replace(/^file:\/\//, '')))
      throw new InputError(`no such file: ${file}`);
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${file}: cannot load the module: ${message.replace(/\s*\n\s*/g, ' ')}`);
  }
  const { exportName, strategy } = pickStrategy(file, module);
  return { strategy, exportName, settings: settingsOf(file, module.settings) };
}

function pickStrategy(file: string, module: Record<string, unknown>) {
  const fromDefault = asStrategy(module.default);
  if (fromDefault) return { exportName: 'default', strategy: fromDefault };
  const named = Object.entries(module)
    .filter(([name]) => name !== 'default' && name !== 'settings')
    .map(([name, value]) => ({ exportName: name, strategy: asStrategy(value) }))
    .filter((e): e is { exportName: string; strategy: Strategy } => e.strategy !== null);
  if (named.length === 1) return named[0]!;
  if (named.length === 0) throw new InputError(`${file}: no strategy found; ${WHAT_TO_EXPORT}`);
  const names = named.map((e) => e.exportName).join(', ');
  throw new InputError(
    `${file}: several strategy exports (${names}); make the one to run the default export`,
  );
}

function asStrategy(value: unknown): Strategy | null {
  if (isStrategy(value)) return value;
  if (typeof value === 'function' && typeof value.prototype?.onBar === 'function') {
    const instance: unknown = new (value as new () => unknown)();
    if (isStrategy(instance)) return instance;
  }
  return null;
}

function isStrategy(value: unknown): value is Strategy {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    typeof v.params === 'object' &&
    v.params !== null &&
    typeof v.onBar === 'function'
  );
}

function settingsOf(file: string, value: unknown): BacktestSettings {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`${file}: \`settings\` must be an object of run settings`);
  return value as BacktestSettings;
}

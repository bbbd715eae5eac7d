/**
 * Real-world Pine kept out of git under <repo>/corpora/ (absent in CI, where corpus tests skip):
 * pineforge-corpus (the PineForge validation corpus) and other public collections.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPORA_DIR = fileURLToPath(new URL('../../../../../corpora/', import.meta.url));

/** `<corpora>/<name>`, or null when that corpus is not on this machine. */
export function corpusDir(name: string): string | null {
  const dir = join(CORPORA_DIR, name);
  return existsSync(dir) ? dir : null;
}

/** Files below `dir`, sorted: `*.pine`, or only those called `name`. */
export function pineFiles(dir: string, name?: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...pineFiles(path, name));
    else if (name === undefined ? entry.endsWith('.pine') : entry === name) out.push(path);
  }
  return out.sort();
}

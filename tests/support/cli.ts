/** Runs `barwise` in-process with captured output and a data folder of its own. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../packages/server/src/cli/main.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REFERENCE_DIR = path.resolve(REPO_ROOT, '../shared/reference');
export const HAS_REFERENCE = existsSync(REFERENCE_DIR);
if (!HAS_REFERENCE) console.warn(`reference-data tests skipped: ${REFERENCE_DIR} is absent`);

export const reference = (file: string) => path.join(REFERENCE_DIR, file);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export class CliSandbox {
  readonly dataDir = mkdtempSync(path.join(os.tmpdir(), 'barwise-cli-'));

  async run(...argv: string[]): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: { BARWISE_DATA_DIR: this.dataDir },
      cwd: REPO_ROOT,
    });
    return { code, stdout, stderr };
  }

  /** Runs and fails the test with the command's stderr unless it exits 0. */
  async ok(...argv: string[]): Promise<string> {
    const result = await this.run(...argv);
    if (result.code !== 0)
      throw new Error(`barwise ${argv.join(' ')} exited ${result.code}: ${result.stderr}`);
    return result.stdout;
  }

  file(name: string): string {
    return path.join(this.dataDir, name);
  }

  dispose(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli.ts';

// The installed `barwise` command (what `npx barwise` runs), as a real process.
const BIN = path.join(REPO_ROOT, 'node_modules/.bin/barwise');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'barwise-bin-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('barwise bin', () => {
  it('keeps data where BARWISE_DATA_DIR says, and --data-dir overrides it', () => {
    const fromEnv = tempDir();
    const fromFlag = tempDir();
    const env = { ...process.env, BARWISE_DATA_DIR: fromEnv };
    const synth = [
      'data',
      'synth',
      '--symbol',
      'SYN',
      '--timeframe',
      '60',
      '--bars',
      '500',
      '--seed',
      '3',
    ];
    expect(execFileSync(BIN, synth, { env, encoding: 'utf8' })).toContain(
      'synthesized 500 bars of synthetic:SYN 60 (seed 3)',
    );
    execFileSync(BIN, ['--data-dir', fromFlag, ...synth.slice(0, -1), '4'], {
      env,
      encoding: 'utf8',
    });
    const list = (dir: string) =>
      JSON.parse(
        execFileSync(BIN, ['data', 'list', '--json'], {
          env: { ...env, BARWISE_DATA_DIR: dir },
          encoding: 'utf8',
        }),
      );
    expect(list(fromEnv)).toMatchObject([
      { ticker: 'SYN', barCount: 500, origin: 'synthetic seed 3' },
    ]);
    expect(list(fromFlag)).toMatchObject([
      { ticker: 'SYN', barCount: 500, origin: 'synthetic seed 4' },
    ]);
  });

  it('exits 1 with a one-line message for bad input', () => {
    const result = spawnSync(BIN, ['data', 'show', 'NONE', 'D'], {
      env: { ...process.env, BARWISE_DATA_DIR: tempDir() },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('barwise: no dataset NONE 1D (see `barwise data list`)\n');
  });

  it('ends quietly when its reader stops early (`barwise data show … | head -1`)', async () => {
    const env = { ...process.env, BARWISE_DATA_DIR: tempDir() };
    execFileSync(BIN, ['data', 'synth', '--symbol', 'S', '--timeframe', '1', '--bars', '200000'], {
      env,
    });
    const child = spawn(BIN, ['data', 'show', 'S', '1'], { env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

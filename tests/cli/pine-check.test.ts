import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CliSandbox } from '../support/cli.ts';

// `barwise check` / `barwise fmt` in-process. Expected diagnostics follow TradingView rules cited
// in packages/core/src/pine/check/errors.test.ts (qualifiers: ta.ema's length is simple int).
const sandbox = new CliSandbox();
afterAll(() => sandbox.dispose());

const GOOD = '//@version=6\nindicator("ok")\nlen = input.int(14)\nplot(ta.ema(close, len))\n';
const BAD = '//@version=6\nindicator("bad")\nx = ta.ema(close, bar_index)\nplot(clse)\n';
const UGLY = '//@version=6\nindicator("f")\nx=close+1\nplot( x )\n';

function file(name: string, text: string): string {
  const path = sandbox.file(name);
  writeFileSync(path, text);
  return path;
}

describe('barwise check', () => {
  it('exits 0 and prints nothing for a clean script', async () => {
    const run = await sandbox.run('check', file('good.pine', GOOD));
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prints every diagnostic as file:line:col with caret, and exits 1', async () => {
    const path = file('bad.pine', BAD);
    const run = await sandbox.run('check', path);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${path}:3:19: error C5001: Cannot call 'ta.ema' with argument 'length'='bar_index'`,
    );
    expect(run.stdout).toContain(`${path}:4:6: error C3001: Undeclared identifier 'clse'`);
    expect(run.stdout).toContain('     ^^^^\nhint: did you mean `close`?');
    expect(run.stderr).toBe('barwise: 2 errors in 1 file\n');
  });

  it('--json prints an array of {file, line, column, endLine, endColumn, severity, code, message, hint}', async () => {
    const path = file('bad2.pine', BAD);
    const run = await sandbox.run('check', path, file('good2.pine', GOOD), '--json');
    expect(run.code).toBe(1);
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(list.find((d) => d.code === 'C5001')).toEqual({
      file: path,
      line: 3,
      column: 19,
      endLine: 3,
      endColumn: 28,
      severity: 'error',
      code: 'C5001',
      message: expect.stringContaining("'simple int' is expected"),
      hint: null,
    });
    // Warnings are listed too (x is never used) but do not count as errors.
    expect(list.map((d) => d.code)).toEqual(['C3101', 'C5001', 'C3001']);
    expect(list[0]?.severity).toBe('warning');
  });

  it('reports syntax errors with their P codes', async () => {
    const run = await sandbox.run('check', file('syntax.pine', 'x = (1 + 2'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/syntax\.pine:1:11: error P2002: expected '\)'/);
  });

  it('a missing file is a one-line error', async () => {
    const run = await sandbox.run('check', 'nope/missing.pine');
    expect(run).toMatchObject({ code: 1, stderr: 'barwise: no such file: nope/missing.pine\n' });
  });

  it('--help describes the command', async () => {
    const run = await sandbox.run('check', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--json');
  });
});

describe('barwise fmt', () => {
  it('prints the canonical text', async () => {
    const run = await sandbox.run('fmt', file('ugly.pine', UGLY));
    expect(run).toMatchObject({
      code: 0,
      stdout: '//@version=6\nindicator("f")\nx = close + 1\nplot(x)\n',
    });
  });

  it('--write rewrites the file', async () => {
    const path = file('ugly2.pine', UGLY);
    await sandbox.ok('fmt', path, '--write');
    expect(readFileSync(path, 'utf8')).toBe(
      '//@version=6\nindicator("f")\nx = close + 1\nplot(x)\n',
    );
  });

  it('refuses a file with syntax errors', async () => {
    const run = await sandbox.run('fmt', file('broken.pine', 'x = (1\n'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has syntax errors; not formatted');
  });

  it('a missing file is a one-line error, --help works', async () => {
    expect(await sandbox.run('fmt', 'missing.pine')).toMatchObject({
      code: 1,
      stderr: 'barwise: no such file: missing.pine\n',
    });
    expect((await sandbox.run('fmt', '--help')).stdout).toContain('--write');
  });
});

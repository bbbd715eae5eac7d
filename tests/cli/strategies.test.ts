import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliSandbox, HAS_REFERENCE, reference } from '../support/cli.ts';

// Issue 6: "A strategy registry discovers strategies from a folder; parameters are typed and
// documented." `barwise strategies` lists them; `barwise backtest NAME --strategies DIR` runs one.

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

/** A strategy module with no imports, so it loads from a temporary folder. */
const moduleText = (name: string, params: string) =>
  `export default { name: ${JSON.stringify(name)}, params: { ${params} }, onBar() {} };\n`;

describe('barwise strategies', () => {
  it('lists the example strategies with their typed, documented parameters', async () => {
    const list = JSON.parse(await cli.ok('strategies', 'examples/strategies', '--json'));
    expect(list.map((s: { name: string }) => s.name)).toEqual(['backtrader-sma15', 'SmaCross']);
    const smaCross = list.find((s: { name: string }) => s.name === 'SmaCross');
    expect(smaCross.file).toBe('backtesting-py-smacross.ts');
    expect(smaCross.params).toEqual([
      { name: 'fast', type: 'number', default: 10, description: 'Fast SMA period (bars)', min: 1 },
      { name: 'slow', type: 'number', default: 30, description: 'Slow SMA period (bars)', min: 1 },
    ]);
    const table = await cli.ok('strategies', 'examples/strategies');
    expect(table).toMatch(
      /^SmaCross +backtesting-py-smacross\.ts +fast +number +10 +≥ 1 +Fast SMA period \(bars\)$/m,
    );
  });

  it('searches subfolders, skips tests, and reports broken or duplicate modules without hiding the rest', async () => {
    const dir = cli.file('mine');
    mkdirSync(path.join(dir, 'trend'), { recursive: true });
    writeFileSync(
      path.join(dir, 'trend', 'breakout.ts'),
      moduleText(
        'breakout',
        "side: { default: 'long', options: ['long', 'short'], description: 'Direction' }",
      ),
    );
    // Modules are read in path order; the first one registers a name.
    writeFileSync(path.join(dir, 'x-copy.ts'), moduleText('breakout', ''));
    writeFileSync(path.join(dir, 'broken.ts'), 'export const x = ;\n');
    writeFileSync(path.join(dir, 'empty.ts'), 'export const x = 1;\n');
    writeFileSync(path.join(dir, 'breakout.test.ts'), 'throw new Error("never loaded");\n');
    const run = await cli.run('strategies', dir, '--json');
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list).toEqual([
      {
        name: 'breakout',
        file: 'trend/breakout.ts',
        exportName: 'default',
        params: [
          {
            name: 'side',
            type: 'string',
            default: 'long',
            description: 'Direction',
            options: ['long', 'short'],
          },
        ],
      },
    ]);
    expect(run.stderr).toMatch(/^skipped broken\.ts: cannot load the module/m);
    expect(run.stderr).toMatch(
      /^skipped x-copy\.ts: strategy "breakout" is already in trend\/breakout\.ts$/m,
    );
    expect(run.stderr).toMatch(/^skipped empty\.ts: no strategy found/m);
    expect(run.stderr).not.toMatch(/breakout\.test\.ts/);
  });

  it('names a missing folder', async () => {
    const run = await cli.run('strategies', 'no-such-folder');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no such strategies folder: no-such-folder/);
  });
});

describe.skipIf(!HAS_REFERENCE)('barwise backtest NAME --strategies DIR', () => {
  it('runs the registered strategy by name: SmaCross gives backtesting.py’s 66 trades', async () => {
    const out = cli.file('out.json');
    const goog = reference('backtesting-py/GOOG.csv');
    await cli.ok(
      'backtest',
      'SmaCross',
      '--strategies',
      'examples/strategies',
      '--data',
      goog,
      '--json',
      out,
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.strategy).toBe('SmaCross');
    expect(report.stats['# Trades']).toBe(66);
  });

  it('an unknown name lists the strategies the folder has', async () => {
    const goog = reference('backtesting-py/GOOG.csv');
    const run = await cli.run(
      'backtest',
      'Smacross',
      '--strategies',
      'examples/strategies',
      '--data',
      goog,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /no strategy named "Smacross" in .*examples\/strategies \(strategies: "backtrader-sma15", "SmaCross"\)/,
    );
  });
});

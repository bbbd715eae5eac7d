import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTsStrategy } from './load-ts-strategy.ts';

// The contract load-ts-strategy.ts documents: the default export, else the one named export that
// is a strategy (an object with name, params and onBar, or a class of them); `settings` beside it.
const dir = mkdtempSync(path.join(os.tmpdir(), 'barwise-ts-strategy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function module(name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return name;
}

const OBJECT = `{ name: 'Obj', params: {}, onBar() {} }`;
const CLASS = `class Cls { name = 'Cls'; params = {}; onBar() {} }`;

describe('loadTsStrategy', () => {
  it('takes the default export, an object', async () => {
    const loaded = await loadTsStrategy(module('a.ts', `export default ${OBJECT};`), dir);
    expect([loaded.exportName, loaded.strategy.name]).toEqual(['default', 'Obj']);
    expect(loaded.settings).toEqual({});
  });

  it('instantiates the one named strategy class and reads `settings`', async () => {
    const file = module(
      'b.ts',
      `export ${CLASS}\nexport const settings = { initialCash: 500 };\nexport const other = 3;`,
    );
    const loaded = await loadTsStrategy(file, dir);
    expect([loaded.exportName, loaded.strategy.name]).toEqual(['Cls', 'Cls']);
    expect(loaded.settings).toEqual({ initialCash: 500 });
  });

  it('several named strategies: asks for a default export', async () => {
    const file = module('c.ts', `export const A = ${OBJECT};\nexport ${CLASS}`);
    await expect(loadTsStrategy(file, dir)).rejects.toThrow(
      /c\.ts: several strategy exports \(A, Cls\); make the one to run the default export/,
    );
  });

  it('no strategy: says what a strategy module must export', async () => {
    const file = module('d.ts', 'export const x = { name: "no onBar", params: {} };');
    await expect(loadTsStrategy(file, dir)).rejects.toThrow(
      /d\.ts: no strategy found; export a strategy \(an object with name, params and onBar, or a class of them\) as the default export/,
    );
  });

  it('a missing file and a module that fails to load are one-line errors', async () => {
    await expect(loadTsStrategy('missing.ts', dir)).rejects.toThrow(/^no such file: missing\.ts$/);
    const file = module('e.ts', 'throw new Error("boom");');
    await expect(loadTsStrategy(file, dir)).rejects.toThrow(
      /^e\.ts: cannot load the module: boom$/,
    );
  });
});

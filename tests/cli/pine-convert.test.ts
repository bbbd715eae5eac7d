import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileScript, parseOhlcvCsv, parseTimeframe, runScript, symbolInfo } from '@barwise/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliSandbox, HAS_REFERENCE, REPO_ROOT, reference } from '../support/cli.ts';

// `barwise convert --to ts`: the module it prints, imported by a separate Node process (through
// tsx, as the `barwise` bin runs TypeScript), must produce the plots `barwise run` writes for the
// same script and bars, and a strategy's trades must equal the compiled script's. The reference is
// our own `barwise run`: conversion must not change what a script computes.
const sandbox = new CliSandbox();
afterAll(() => sandbox.dispose());

const GOOG = reference('backtesting-py/GOOG.csv');

const SCRIPTS: Record<string, { pine: string; inputs?: Record<string, number> }> = {
  ta: {
    pine: `//@version=6
indicator("ta mix")
len = input.int(14, "Length", minval = 2)
plot(ta.ema(close, len), "EMA")
plot(ta.rsi(close, len), "RSI")
[m, u, l] = ta.bb(close, 20, 2)
plot(u - l, "BB width")
plot(ta.atr(14), "ATR")
`,
    inputs: { Length: 9 },
  },
  varIf: {
    pine: `//@version=6
indicator("var and if")
var float highest = na
var int streak = 0
if close > close[1]
    streak += 1
else if close < close[1]
    streak := -1
else
    streak := 0
highest := na(highest) or high > highest ? high : highest
s = 0.0
for i = 0 to 4
    s += close[i]
plot(streak, "Streak")
plot(highest, "Highest")
plot(s / 5, "Loop mean")
`,
  },
  functions: {
    pine: `//@version=6
indicator("functions {\\"x\\"} */")
type Acc
    float sum = 0
    int n = 0
method add(Acc self, float v) =>
    self.sum += v
    self.n += 1
    self.sum / self.n
spread(float h, float l) => h - l
scaled(x, k = 2.0) => x * k
var acc = Acc.new()
mean = acc.add(spread(high, low))
plot(scaled(mean), "Scaled mean } {")
plot(str.length("a}b{c\\"") + 0.0, "Length \\"quoted\\"")
`,
  },
  strategy: {
    pine: `//@version=6
strategy("sma cross", overlay = true, initial_capital = 100000, default_qty_type = strategy.fixed, default_qty_value = 10)
fast = ta.sma(close, input.int(10, "Fast"))
slow = ta.sma(close, input.int(30, "Slow"))
if ta.crossover(fast, slow)
    strategy.entry("L", strategy.long)
if ta.crossunder(fast, slow)
    strategy.entry("S", strategy.short)
plot(strategy.equity, "Equity")
`,
    inputs: { Fast: 5 },
  },
};

/** Imports every converted module and prints its plot columns and trades as JSON (na → null). */
const RUNNER = `
import { readFileSync } from 'node:fs';
import { parseOhlcvCsv, parseTimeframe, symbolInfo } from '@barwise/core';
const [csv, ...names] = process.argv.slice(2);
const bars = parseOhlcvCsv(readFileSync(csv, 'utf8'), { symbol: symbolInfo('GOOG'), timeframe: parseTimeframe('D') }).bars;
const inputs = JSON.parse(process.env.CONVERTED_INPUTS);
const out = {};
for (const name of names) {
  const module = await import('./' + name + '.ts');
  const run = module.run(bars, inputs[name] ?? {});
  out[name] = {
    columns: run.context.outputs.columns().map((c) => ({ name: c.name, values: [...c.values] })),
    trades: run.context.strategy?.broker.ledger.closed.toArray() ?? null,
  };
}
process.stdout.write(JSON.stringify(out));
`;

interface Converted {
  columns: { name: string; values: (number | null)[] }[];
  trades: unknown[] | null;
}

let converted: Record<string, Converted> = {};

beforeAll(async () => {
  if (!HAS_REFERENCE) return;
  const dir = sandbox.file('converted');
  mkdirSync(path.join(dir, 'node_modules', '@barwise'), { recursive: true });
  symlinkSync(path.join(REPO_ROOT, 'packages/core'), path.join(dir, 'node_modules/@barwise/core'));
  symlinkSync(path.join(REPO_ROOT, 'node_modules/tsx'), path.join(dir, 'node_modules/tsx'));
  for (const [name, { pine }] of Object.entries(SCRIPTS)) {
    writeFileSync(sandbox.file(`${name}.pine`), pine);
    await sandbox.ok(
      'convert',
      sandbox.file(`${name}.pine`),
      '--to',
      'ts',
      '--out',
      path.join(dir, `${name}.ts`),
    );
  }
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(dir, 'runner.ts'), RUNNER);
  const inputs = Object.fromEntries(Object.entries(SCRIPTS).map(([n, s]) => [n, s.inputs ?? {}]));
  const stdout = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'runner.ts', GOOG, ...Object.keys(SCRIPTS)],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CONVERTED_INPUTS: JSON.stringify(inputs) },
    },
  );
  converted = JSON.parse(stdout) as Record<string, Converted>;
}, 120_000);

describe.skipIf(!HAS_REFERENCE)('barwise convert --to ts', () => {
  it.each(Object.keys(SCRIPTS))(
    '%s: the converted module plots what barwise run writes',
    async (name) => {
      const out = sandbox.file(`${name}.csv`);
      const overrides = Object.entries(SCRIPTS[name]!.inputs ?? {}).flatMap(([k, v]) => [
        '--input',
        `${k}=${v}`,
      ]);
      await sandbox.ok(
        'run',
        sandbox.file(`${name}.pine`),
        '--data',
        GOOG,
        ...overrides,
        '--out',
        out,
      );
      const [header, ...rows] = readFileSync(out, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
      const mine = converted[name]!;
      expect(mine.columns.length).toBeGreaterThan(0);
      expect(header!.slice(1).map((h) => h.replace(/^"(.*)"$/, '$1').replace(/""/g, '"'))).toEqual(
        mine.columns.map((c) => c.name),
      );
      for (const [j, column] of mine.columns.entries()) {
        const cells = rows.map((r) => r[j + 1]);
        expect(cells).toEqual(column.values.map((v) => (v === null ? '' : String(v))));
      }
    },
  );

  it("a converted strategy's trades equal the compiled script's", () => {
    const bars = parseOhlcvCsv(readFileSync(GOOG, 'utf8'), {
      symbol: symbolInfo('GOOG'),
      timeframe: parseTimeframe('D'),
    }).bars;
    const run = runScript(compileScript(SCRIPTS.strategy!.pine), bars, { inputs: { Fast: 5 } });
    const trades = JSON.parse(
      JSON.stringify(run.context.strategy!.broker.ledger.closed.toArray()),
    ) as unknown[];
    // SMA 5/30 crosses on 2,148 daily bars: the strategy reverses many times.
    expect(trades.length).toBeGreaterThan(10);
    expect(converted.strategy!.trades).toEqual(trades);
  });

  it('prints the module on stdout with its typed inputs, embedded source and factory', async () => {
    const text = await sandbox.ok('convert', sandbox.file('ta.pine'));
    expect(text).toContain('export interface ScriptInputs {\n  readonly "Length": number;\n}');
    expect(text).toContain('  "Length": { title: "Length", type: "int", default: 14, min: 2 },');
    expect(text).toContain(`export const SOURCE = ${JSON.stringify(SCRIPTS.ta!.pine)};`);
    expect(text).toContain('export const factory: ScriptFactory = ($env) => {\n  const {');
  });

  it('keeps user text inside string literals and out of comments', async () => {
    const text = await sandbox.ok('convert', sandbox.file('functions.pine'));
    // The title ends with */: in the header comment it is broken up so the comment goes on.
    expect(text).toContain(' * "functions {\\"x\\"} *\\/": Pine Script v6 indicator');
    expect(text).toContain('"Scaled mean } {"');
  });

  it('rejects a target language other than ts', async () => {
    const run = await sandbox.run('convert', sandbox.file('ta.pine'), '--to', 'py');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("argument 'py' is invalid. Allowed choices are ts.");
  });
});

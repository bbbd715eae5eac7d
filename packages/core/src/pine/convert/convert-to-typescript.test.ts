import { describe, expect, it } from 'vitest';
import { compileScript } from '../run/compile-script.ts';
import { convertToTypeScript } from './convert-to-typescript.ts';

// The module layout `barwise convert` promises (its run-time equivalence is tested end to end in
// tests/cli/pine-convert.test.ts). Inputs follow the Pine reference: input.int(defval, title,
// minval, maxval), input.string(defval, title, options).
const SOURCE = `//@version=6
indicator("demo")
len = input.int(20, "Length", minval = 1, maxval = 500)
mode = input.string("fast", "Mode", options = ["fast", "slow"])
on = input.bool(true, "Show")
plot(on ? ta.sma(close, len) : na, "SMA")
`;

describe('convertToTypeScript', () => {
  const text = convertToTypeScript(compileScript(SOURCE, { fileName: 'demo.pine' }), SOURCE);

  it('types each input by kind, options as a union of literals', () => {
    expect(text).toContain(
      [
        'export interface ScriptInputs {',
        '  readonly "Length": number;',
        '  readonly "Mode": "fast" | "slow";',
        '  readonly "Show": boolean;',
        '}',
      ].join('\n'),
    );
  });

  it('describes each input with its default, bounds and options', () => {
    expect(text).toContain(
      '"Length": { title: "Length", type: "int", default: 20, min: 1, max: 500 },',
    );
    expect(text).toContain(
      '"Mode": { title: "Mode", type: "string", default: "fast", options: ["fast", "slow"] },',
    );
  });

  it('embeds the source as a JSON string and imports the runtime from @barwise/core', () => {
    expect(text).toContain(`export const SOURCE = ${JSON.stringify(SOURCE)};`);
    expect(text).toContain('} from "@barwise/core";');
    expect(
      convertToTypeScript(compileScript(SOURCE), SOURCE, { runtimeModule: '../core.ts' }),
    ).toContain('} from "../core.ts";');
  });

  it('wraps the generated program, indented, in the exported factory', () => {
    expect(text).toMatch(
      /export const factory: ScriptFactory = \(\$env\) => \{\n {2}const \{ \$rt,/,
    );
    expect(text).toMatch(
      /\n {2}return function \$steps\(\$from, \$to\) \{\n {4}let \$l = 0;\n {4}for \(/,
    );
    expect(text).not.toContain('"use strict"');
  });
});

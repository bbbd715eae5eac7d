import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expression, Node } from '../syntax/ast.ts';
import { parsePine } from '../syntax/parser.ts';
import { CORPORA_DIR, pineFiles } from '../test-support/corpora.ts';
import {
  BUILTIN_FUNCTIONS,
  BUILTIN_NAMESPACES,
  BUILTIN_VARIABLES,
  FUNCTIONS_BY_NAME,
  VARIABLES_BY_NAME,
} from './index.ts';
import { parseSignature } from './signature.ts';

describe('signature strings (table format)', () => {
  it.each([
    ['ta.sma(source: float, length: int): series float', 'ta.sma', 2, 'series'],
    ['input.int(defval: const int, title?: const string): input int', 'input.int', 2, 'input'],
    ['math.max(number0: int, ...numbers: int): int', 'math.max', 2, 'auto'],
  ])('%s', (sig, name, count, q) => {
    const f = parseSignature(sig, 'x');
    expect([f.name, f.params.length, f.returnQualifier]).toEqual([name, count, q]);
  });

  it('parameters keep qualifier, default, optional and variadic flags', () => {
    const f = parseSignature('f(a: simple int, b: string = "x, y", c?: color, ...d: T): void', 'x');
    expect(f.params).toEqual([
      { name: 'a', type: 'int', qualifier: 'simple', optional: false },
      { name: 'b', type: 'string', qualifier: 'series', optional: true, default: '"x, y"' },
      { name: 'c', type: 'color', qualifier: 'series', optional: true },
      { name: 'd', type: 'T', qualifier: 'series', optional: true, variadic: true },
    ]);
  });

  it('`when` exists up to v5 only (removed in v6, v6 migration guide)', () => {
    const when = FUNCTIONS_BY_NAME.get('strategy.entry')?.[0]?.params.find(
      (p) => p.name === 'when',
    );
    expect(when?.until).toBe(5);
  });
});

describe('the table is plain data', () => {
  it('survives a JSON round trip unchanged (the web editor reuses it)', () => {
    const data = { functions: BUILTIN_FUNCTIONS, variables: BUILTIN_VARIABLES };
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('every entry has a description and a reference link', () => {
    for (const e of [...BUILTIN_FUNCTIONS, ...BUILTIN_VARIABLES]) {
      expect(e.description.length, e.name).toBeGreaterThan(2);
      expect(e.see).toMatch(
        /^https:\/\/www\.tradingview\.com\/pine-script-reference\/v6\/#(fun|var|const)_/,
      );
    }
  });

  it('covers every namespace of the v6 reference', () => {
    for (const ns of 'ta math str array map matrix color request strategy input label line box table linefill polyline chart.point timeframe syminfo barstate session log runtime ticker shape location size extend xloc yloc display format plot hline text position order currency dayofweek adjustment barmerge font alert scale earnings dividends splits'.split(
      ' ',
    ))
      expect(BUILTIN_NAMESPACES.has(ns), ns).toBe(true);
    expect(BUILTIN_FUNCTIONS.length).toBeGreaterThan(450);
  });

  it.each([
    ['ta.ema', 'length', 'simple'],
    ['ta.sma', 'length', 'series'],
    ['plot', 'title', 'const'],
    ['input.int', 'defval', 'const'],
    ['hline', 'price', 'input'],
  ])('%s(%s) is %s (reference qualifiers)', (fn, param, q) => {
    expect(FUNCTIONS_BY_NAME.get(fn)?.[0]?.params.find((p) => p.name === param)?.qualifier).toBe(q);
  });
});

// ---------------------------------------------------------------- corpus coverage

function dotted(e: Expression): string | null {
  if (e.kind === 'Identifier') return e.name;
  if (e.kind === 'MemberExpression') {
    const head = dotted(e.object);
    return head === null ? null : `${head}.${e.property.name}`;
  }
  return null;
}

const inNamespace = (name: string): boolean =>
  name.includes('.') && BUILTIN_NAMESPACES.has(name.slice(0, name.lastIndexOf('.')));

/** Dotted names whose head is a built-in namespace: calls and references. */
function builtinNames(root: Node, calls: Set<string>, refs: Set<string>): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const n = value as Node;
    if (n.kind === 'CallExpression') {
      const name = dotted(n.callee);
      if (name !== null && inNamespace(name)) calls.add(name);
      else visit(n.callee);
      visit(n.arguments);
      return;
    }
    if (n.kind === 'MemberExpression') {
      const name = dotted(n);
      if (name !== null) {
        if (inNamespace(name)) refs.add(name);
        return;
      }
    }
    for (const [k, v] of Object.entries(n))
      if (k !== 'leadingComments' && k !== 'trailingComment') visit(v);
  };
  visit(root);
}

describe('corpus coverage: every built-in the real-world corpora use is in the table', () => {
  const dirs = ['pineforge-corpus', 'mihakralj-pinescript', 'github-pine'].map((d) =>
    join(CORPORA_DIR, d),
  );
  const present = dirs.filter(existsSync);
  it.skipIf(present.length === 0)('lists called and referenced built-ins and finds each', () => {
    const calls = new Set<string>();
    const refs = new Set<string>();
    for (const dir of present)
      for (const file of pineFiles(dir))
        builtinNames(parsePine(readFileSync(file, 'utf8')).ast, calls, refs);
    // Names of the user's own variables that look dotted (`myArray.size`) are method calls, not
    // built-ins: only heads that are namespaces were collected above.
    const missingCalls = [...calls].filter((n) => !FUNCTIONS_BY_NAME.has(n)).sort();
    const missingRefs = [...refs]
      .filter((n) => !VARIABLES_BY_NAME.has(n) && !FUNCTIONS_BY_NAME.has(n))
      .sort();
    console.log(
      `[builtins] corpus uses ${calls.size} built-in functions and ${refs.size} built-in variables/constants`,
    );
    expect(missingCalls).toEqual([]);
    expect(missingRefs).toEqual([]);
    // A floor that proves the scan read scripts: the PineForge corpus alone uses 93 built-ins.
    expect(calls.size).toBeGreaterThan(50);
  });
});

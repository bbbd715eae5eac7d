import { describe, expect, it } from 'vitest';
import type { CallExpression, ExpressionStatement, VariableDeclaration } from '../syntax/ast.ts';
import { parsePine } from '../syntax/parser.ts';
import { checkPine } from './check-pine.ts';
import { expectClean } from './test-support/helpers.ts';
import { formatType } from './types.ts';

function check(src: string) {
  const parsed = parsePine(src);
  expect(parsed.diagnostics).toEqual([]);
  return { ast: parsed.ast, ...checkPine(parsed.ast) };
}

/** Type and qualifier of the init of the declaration named `name`. */
function typeOf(src: string, name: string): string {
  const { ast, info } = check(src);
  const decl = ast.body.find(
    (s): s is VariableDeclaration => s.kind === 'VariableDeclaration' && s.name.name === name,
  );
  const t = decl && info.types.get(decl.init);
  return t ? `${t.qualifier} ${formatType(t.type)}` : 'none';
}

// Inference rules of the Pine manual's type-system page:
// @see https://www.tradingview.com/pine-script-docs/language/type-system/
describe('type and qualifier inference', () => {
  it.each([
    ['x = 1', 'const int'],
    ['x = 1.5', 'const float'],
    ['x = "a" + "b"', 'const string'],
    ['x = close', 'series float'],
    ['x = bar_index * 2', 'series int'],
    ['x = bar_index + 0.5', 'series float'],
    ['x = input.int(14)', 'input int'],
    ['x = input.int(14) * 2', 'input int'],
    ['x = syminfo.mintick', 'simple float'],
    ['x = ta.sma(close, 14)', 'series float'],
    ['x = math.max(1, 2)', 'const int'],
    ['x = math.max(1, 2.5)', 'const float'],
    ['x = close > open', 'series bool'],
    ['x = close > open ? 1 : na', 'series int'],
    ['x = close[1]', 'series float'],
    ['x = array.new<float>()', 'const array<float>'],
    ['x = array.from(1, 2, 3)', 'const array<int>'],
    ['x = array.get(array.from("a"), 0)', 'series string'],
    ['x = map.new<string, int>()', 'const map<string, int>'],
    ['x = 7 / 2', 'const float'],
    ['x = color.new(color.red, 50)', 'const color'],
    ['x = request.security("AAPL", "D", close)', 'series float'],
    ['x = request.security("AAPL", "D", [open, close])', 'series [float, float]'],
    ['x = str.tostring(close)', 'series string'],
    ['x = timestamp("2024-01-01")', 'const int'],
    ['x = label.new(bar_index, high)', 'series label'],
    ['x = chart.point.now()', 'series chart.point'],
    ['x = nz(close[1], close)', 'series float'],
  ])('%s → %s', (src, expected) => expect(typeOf(src, 'x')).toBe(expected));

  it('v5 truncates const int division to int (v6 migration guide)', () => {
    expect(typeOf('//@version=5\nx = 7 / 2', 'x')).toBe('const int');
  });
});

// Scripts that TradingView compiles: the checker must stay silent (zero false errors).
describe('valid scripts check without errors', () => {
  it.each([
    [
      'user type with fields, .new, .copy and field reassignment',
      'type P\n    float x = 0\n    int n\np = P.new(1.5, 2)\nq = p.copy()\nq.x := 3\nplot(q.x + p.n)',
    ],
    [
      'method on a user type',
      'type P\n    float x\nmethod bump(P self, float d) =>\n    self.x += d\n    self.x\np = P.new(1)\nplot(p.bump(2))',
    ],
    [
      'method on a built-in type',
      'method last(array<float> a) => a.get(a.size() - 1)\nxs = array.from(1.0, 2.0)\nplot(xs.last())',
    ],
    [
      'enum with input.enum and switch',
      'enum M\n    fast = "Fast"\n    slow = "Slow"\nm = input.enum(M.fast)\nlen = switch m\n    M.fast => 5\n    M.slow => 20\nplot(ta.sma(close, len))',
    ],
    [
      'generic collections and for-in',
      'm = map.new<string, float>()\nm.put("a", 1.0)\nfor [k, v] in m\n    log.info("{0} {1}", k, v)\nfor x in array.from(1, 2)\n    plot(x)',
    ],
    ['tuples from a user function', 'f() => [close, open]\n[a, b] = f()\nplot(a - b)'],
    [
      'overloaded user functions',
      'f(int a) => a\nf(string s) => str.length(s)\nplot(f(1) + f("ab"))',
    ],
    ['simple parameters accept inputs', 'len = input.int(14)\nplot(ta.ema(close, len))'],
    [
      'library call is not checked',
      'import TradingView/ta/7 as tv\nplot(tv.anything(close, 1, "x"))',
    ],
    [
      'strategy with risk calls and exits',
      'strategy("s", overlay = true, initial_capital = 1000)\nif ta.crossover(close, ta.sma(close, 5))\n    strategy.entry("L", strategy.long, qty = 1)\nstrategy.exit("x", "L", profit = 10, loss = 5)',
    ],
    ['var and reassignment', 'var float acc = na\nacc := nz(acc) + close\nplot(acc)'],
    [
      'while with break and continue',
      'i = 0\nwhile i < 10\n    i += 1\n    if i == 3\n        continue\n    if i > 5\n        break\nplot(i)',
    ],
    [
      'drawings via methods',
      'var l = label.new(bar_index, high, "x")\nl.set_xy(bar_index, high)\nl.set_text("y")',
    ],
    [
      'positional after named takes the next free parameter',
      'plot(close, "c", color = color.red, linewidth = 2, plot.style_line)',
    ],
    [
      'v5 implicit bool and when',
      '//@version=5\nstrategy("s")\nstrategy.entry("L", strategy.long, when = bar_index)',
    ],
    ['na comparisons and na()', 'x = close\nplot(na(x) ? 0 : x)'],
    ['string concatenation in titles stays const', 'plot(close, "a" + "b")'],
  ])('%s', (_, src) => expectClean(src));
});

describe('side tables for the compiler', () => {
  it('resolves identifiers to locals, parameters, built-ins and user functions', () => {
    const { ast, info } = check('f(a) => a + close\nx = f(1)\nplot(x)');
    const kinds = [...info.symbols.values()].map((s) => s.kind).sort();
    expect(new Set(kinds)).toEqual(
      new Set(['parameter', 'builtin-variable', 'local', 'function', 'builtin-function']),
    );
    const plotCall = (ast.body[2] as ExpressionStatement).expression as CallExpression;
    const resolved = info.calls.get(plotCall);
    expect(resolved?.kind === 'builtin' && resolved.overload.name).toBe('plot');
  });

  it('chooses the overload by argument types (ta.highest(length) vs ta.highest(source, length))', () => {
    const { ast, info } = check('x = ta.highest(10)\ny = ta.highest(close, 10)');
    const params = ast.body.map((s) => {
      const call = (s as VariableDeclaration).init as CallExpression;
      const r = info.calls.get(call);
      return r?.kind === 'builtin' ? r.overload.params.map((p) => p.name).join(',') : '';
    });
    expect(params).toEqual(['length', 'source,length']);
  });

  it('records the declaration with arguments mapped to parameter names', () => {
    const { info } = check(
      'strategy("My", true, initial_capital = 5000, default_qty_type = strategy.percent_of_equity)',
    );
    expect(info.declaration?.kind).toBe('strategy');
    expect(info.declaration?.arguments).toEqual({
      title: 'My',
      shorttitle: true,
      initial_capital: 5000,
      default_qty_type: { ref: 'strategy.percent_of_equity' },
    });
  });

  it('records inputs: kind, title, default, bounds, options, group', () => {
    const { info } = check(
      'a = input.int(14, "Length", minval = 1, maxval = 200, step = 1, group = "G")\nb = input.string("SMA", "Type", options = ["SMA", "EMA"])\nc = input.source(close, "Src")\nd = input(true, "Flag")\ne = input(hl2, "Generic source")',
    );
    expect(info.inputs.map((i) => [i.kind, i.title, i.defval, formatType(i.type)])).toEqual([
      ['int', 'Length', 14, 'int'],
      ['string', 'Type', 'SMA', 'string'],
      ['source', 'Src', { ref: 'close' }, 'float'],
      ['input', 'Flag', true, 'bool'],
      ['source', 'Generic source', { ref: 'hl2' }, 'float'],
    ]);
    expect(info.inputs[0]?.arguments).toMatchObject({
      minval: 1,
      maxval: 200,
      step: 1,
      group: 'G',
    });
    expect(info.inputs[1]?.arguments.options).toEqual(['SMA', 'EMA']);
  });

  it('never mutates the tree', () => {
    const src = 'x = ta.sma(close, 3)\nplot(x)';
    const before = JSON.stringify(parsePine(src).ast);
    const parsed = parsePine(src);
    checkPine(parsed.ast);
    expect(JSON.stringify(parsed.ast)).toBe(before);
  });
});

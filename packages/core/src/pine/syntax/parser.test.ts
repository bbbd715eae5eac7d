import { describe, expect, it } from 'vitest';
import { findDeclarationStatement } from './ast.ts';
import { parsePine } from './parser.ts';
import { expectParsed, firstExpression, grouped, parseOk } from './test-support/helpers.ts';

// Each case: source → canonical print (4-space indents, spaces around operators and named `=`),
// and print → parse gives the same tree. References are the Pine v6 User Manual pages named in
// each describe (https://www.tradingview.com/pine-script-docs/language/…).

describe('declarations and assignments (manual: Variable declarations)', () => {
  it.each([
    ['x=1', 'x = 1'],
    ['float x = na', 'float x = na'],
    ['var x = 0', 'var x = 0'],
    ['varip int ticks = 0', 'varip int ticks = 0'],
    ['var float[] legacy = na', 'var float[] legacy = na'],
    [
      'var array<float> a = array.new<float>(10, 0.0)',
      'var array<float> a = array.new<float>(10, 0.0)',
    ],
    ['matrix<int> m = matrix.new<int>(2, 2)', 'matrix<int> m = matrix.new<int>(2, 2)'],
    [
      'map<string,array<float>> m = map.new<string,array<float>>()',
      'map<string, array<float>> m = map.new<string, array<float>>()',
    ],
    ['chart.point p = chart.point.now(close)', 'chart.point p = chart.point.now(close)'],
    ['var lib.Point p = na', 'var lib.Point p = na'],
    ['const int LEN = 14', 'const int LEN = 14'],
    ['simple float f = 1.5', 'simple float f = 1.5'],
    ['series bool up = close > open', 'series bool up = close > open'],
    ['x := x + 1', 'x := x + 1'],
    ['x += 1', 'x += 1'],
    ['x -= 1', 'x -= 1'],
    ['x *= 2', 'x *= 2'],
    ['x /= 2', 'x /= 2'],
    ['x %= 3', 'x %= 3'],
    ['obj.field := 5', 'obj.field := 5'],
    ['[m, u, l] = ta.bb(close, 20, 2)', '[m, u, l] = ta.bb(close, 20, 2)'],
    ['[_, hi] = f()', '[_, hi] = f()'],
    ['a = 1, b = 2', 'a = 1\nb = 2'],
  ])('%j', (src, printed) => expectParsed(src, printed));

  it('records mode, qualifier, type and name of `var series float x = close`', () => {
    const [s] = parseOk('var series float x = close').body;
    expect(s).toMatchObject({
      kind: 'VariableDeclaration',
      mode: 'var',
      qualifier: 'series',
      name: { name: 'x' },
      type: { name: 'float', legacyArray: false },
    });
  });
});

describe('literals (manual: Type system, literals)', () => {
  it.each([
    ['x = 1e-5', 'x = 1e-5'],
    ['x = .5', 'x = .5'],
    ['x = 2.', 'x = 2.'],
    ['x = 1.5E+3', 'x = 1.5E+3'],
    ['s = \'single "q"\'', 's = \'single "q"\''],
    ['s = "tab\\tand \\"quote\\""', 's = "tab\\tand \\"quote\\""'],
    ['c = #FF000080', 'c = #FF000080'],
    ['c = #00ff00', 'c = #00ff00'],
    ['b = true and not false', 'b = true and not false'],
  ])('%j', (src, printed) => expectParsed(src, printed));

  it.each([
    ['1e-5', 0.00001, true],
    ['.5', 0.5, true],
    ['42', 42, false],
  ])('number %s has value %d (float: %s)', (raw, value, isFloat) => {
    expect(firstExpression(`x = ${raw}`)).toMatchObject({ kind: 'NumberLiteral', value, isFloat });
  });

  it('decodes escapes in string values', () => {
    expect(firstExpression('x = "a\\nb\\\\c\\\'"')).toMatchObject({ value: "a\nb\\c'" });
  });
});

describe('operator precedence (manual: Operators, precedence table)', () => {
  // Highest first: [] ; unary + - not ; * / % ; + - ; > < >= <= ; == != ; and ; or ; ?:
  it.each([
    ['a + b * c', '(a + (b * c))'],
    ['a - b - c', '((a - b) - c)'],
    ['a * b % c', '((a * b) % c)'],
    ['a < b == c > d', '((a < b) == (c > d))'],
    ['a or b and c', '(a or (b and c))'],
    ['not a and b', '((not a) and b)'],
    ['not a == b', '((not a) == b)'],
    ['-x[1] * 2', '((-x[1]) * 2)'],
    ['a ? b : c ? d : e', '(a ? b : (c ? d : e))'],
    ['a or b ? 1 : 2', '((a or b) ? 1 : 2)'],
    ['(a + b) * c', '((a + b) * c)'],
    ['close[1] > close[2] + 1', '(close[1] > (close[2] + 1))'],
    ['- -x', '(-(-x))'],
  ])('%s groups as %s', (src, expected) => expect(grouped(firstExpression(src))).toBe(expected));

  it.each([
    ['x = (a + b) * c', 'x = (a + b) * c'],
    ['x = a - (b - c)', 'x = a - (b - c)'],
    ['x = (a ? b : c) + 1', 'x = (a ? b : c) + 1'],
    ['x = (a or b) and c', 'x = (a or b) and c'],
    ['x = ((a))', 'x = a'],
    ['x = -(-a)', 'x = -(-a)'],
    ['x = (a + b)[1]', 'x = (a + b)[1]'],
    ['x = not (a and b)', 'x = not (a and b)'],
  ])('printer keeps only needed parentheses: %j', (src, printed) => expectParsed(src, printed));
});

describe('calls, members, history (manual: Built-ins, Methods)', () => {
  it.each([
    ['plot(close, title="C", color=color.red)', 'plot(close, title = "C", color = color.red)'],
    ['x = close[1]', 'x = close[1]'],
    ['x = ta.sma(close, 14)[2]', 'x = ta.sma(close, 14)[2]'],
    ['a.push(1)', 'a.push(1)'],
    ['x = array.new<float>(0).size()', 'x = array.new<float>(0).size()'],
    ['p = Point.new(x=1, y=2)', 'p = Point.new(x = 1, y = 2)'],
    ['t = [a, b]', 't = [a, b]'],
    ['x = f(a,\n  b)', 'x = f(a, b)'],
    ['x = f(\n    a,\n        b\n)', 'x = f(a, b)'],
    [
      's = request.security(syminfo.tickerid, "D", [open, close])',
      's = request.security(syminfo.tickerid, "D", [open, close])',
    ],
  ])('%j', (src, printed) => expectParsed(src, printed));

  it('keeps generic type arguments on the call (array.new<float>)', () => {
    expect(firstExpression('x = array.new<float>(3)')).toMatchObject({
      kind: 'CallExpression',
      typeArguments: [{ name: 'float' }],
    });
  });

  it('`a < b > c` without a call after `>` stays two comparisons', () => {
    expect(grouped(firstExpression('x = a < b > c'))).toBe('((a < b) > c)');
  });
});

describe('line wrapping (manual: Script structure, line wrapping)', () => {
  it.each([
    ['x = a +\n     b', 'x = a + b'],
    ['x = a\n  + b', 'x = a + b'],
    ['c = x < 2\n         and y\n         and z', 'c = x < 2 and y and z'],
    ['if c\n    v = a ?\n         1 : 2', 'if c\n    v = a ? 1 : 2'],
    ['x = (\n    a\n    / b)', 'x = a / b'],
  ])('%j', (src, printed) => expectParsed(src, printed));
});

describe('if / switch / loops (manual: Conditional structures, Loops)', () => {
  it.each([
    ['if c\n    x := 1', 'if c\n    x := 1'],
    ['if c\n    x := 1\nelse\n    x := 2', 'if c\n    x := 1\nelse\n    x := 2'],
    ['if a\n    1\nelse if b\n    2\nelse\n    3', 'if a\n    1\nelse if b\n    2\nelse\n    3'],
    ['x = if c\n    1\nelse\n    2', 'x = if c\n    1\nelse\n    2'],
    [
      'if a\n    if b\n        x := 1\n    else\n        x := 2',
      'if a\n    if b\n        x := 1\n    else\n        x := 2',
    ],
    [
      'switch m\n    "a" => 1\n    "b" =>\n        f()\n        2\n    => 0',
      'switch m\n    "a" => 1\n    "b" =>\n        f()\n        2\n    => 0',
    ],
    [
      's = switch\n    c1 => "one"\n    c2 => "two"',
      's = switch\n    c1 => "one"\n    c2 => "two"',
    ],
    ['switch\n    up => x := 1, y := 2', 'switch\n    up => x := 1, y := 2'],
    ['for i = 0 to 9\n    s += i', 'for i = 0 to 9\n    s += i'],
    ['for i = 10 to 0 by -2\n    s += i', 'for i = 10 to 0 by -2\n    s += i'],
    ['for x in arr\n    s += x', 'for x in arr\n    s += x'],
    [
      'for [i, x] in arr\n    if x > 0\n        break\n    continue',
      'for [i, x] in arr\n    if x > 0\n        break\n    continue',
    ],
    ['n = for i = 1 to 3\n    i * 2', 'n = for i = 1 to 3\n    i * 2'],
    ['while i < 10\n    i += 1', 'while i < 10\n    i += 1'],
    ['x := while c\n    1', 'x := while c\n    1'],
    ['if c\n\tx := 1\n\tif d\n\t\ty := 2', 'if c\n    x := 1\n    if d\n        y := 2'],
  ])('%j', (src, printed) => expectParsed(src, printed));

  it('records an absent switch subject as null and the default arm test as null', () => {
    const e = firstExpression('x = switch\n    a => 1\n    => 2');
    expect(e).toMatchObject({
      kind: 'SwitchExpression',
      discriminant: null,
      cases: [{ test: { name: 'a' } }, { test: null }],
    });
  });
});

describe('functions, methods, types, enums, imports (manual: User-defined functions, Objects, Enums, Libraries)', () => {
  it.each([
    ['f(x) => x + 1', 'f(x) => x + 1'],
    ['f(float a, simple int n = 14) =>\n    a * n', 'f(float a, simple int n = 14) =>\n    a * n'],
    ['f() => [a, b]', 'f() => [a, b]'],
    ['f(x) => a = x * 2, a + 1', 'f(x) => a = x * 2, a + 1'],
    [
      'method area(Box this) =>\n    this.w * this.h',
      'method area(Box this) =>\n    this.w * this.h',
    ],
    ['export f(series float s) => s', 'export f(series float s) => s'],
    ['export method m(array<float> a) => a.size()', 'export method m(array<float> a) => a.size()'],
    [
      'type Point\n    float x = na\n    float y\n    varip int n = 0',
      'type Point\n    float x = na\n    float y\n    varip int n = 0',
    ],
    ['export type T\n    array<line> lines', 'export type T\n    array<line> lines'],
    ['enum Dir\n    up = "Up"\n    down', 'enum Dir\n    up = "Up"\n    down'],
    ['export enum E\n    a', 'export enum E\n    a'],
    ['import TradingView/ta/7 as tvta', 'import TradingView/ta/7 as tvta'],
    ['import user/lib/1', 'import user/lib/1'],
  ])('%j', (src, printed) => expectParsed(src, printed));

  it('an import records publisher, library, version and alias', () => {
    expect(parseOk('import TradingView/ta/7 as t').body[0]).toMatchObject({
      publisher: 'TradingView',
      library: 'ta',
      version: 7,
      alias: { name: 't' },
    });
  });

  it('`type` and `enum` stay ordinary names when not followed by a declaration', () => {
    expectParsed('type = 1\nenum = type + 1', 'type = 1\nenum = type + 1');
  });
});

describe('versions and the declaration statement (manual: Script structure)', () => {
  it.each([
    ['//@version=5\nindicator("x")', 5],
    ['//@version=6\nstrategy("x")', 6],
    ['// @version=4\nstudy("x")', null],
    ['indicator("x")', null],
  ])('%j → version %s', (src, version) => expect(parsePine(src).version).toBe(version));

  it("a v5 script using `enum` still parses; version checks are the checker's job", () => {
    const r = parsePine('//@version=5\nindicator("x")\nenum E\n    a');
    expect([r.version, r.diagnostics.length, r.ast.body[1]?.kind]).toEqual([
      5,
      0,
      'EnumDeclaration',
    ]);
  });

  it.each([
    ['indicator("i", overlay=true)', 'indicator'],
    ['//@version=6\nstrategy("s")\nplot(close)', 'strategy'],
    ['library("l")', 'library'],
    ['x = 1', undefined],
  ])('%j is a %s script', (src, kind) =>
    expect(findDeclarationStatement(parseOk(src))?.kind).toBe(kind),
  );
});

describe('comments and annotations survive printing', () => {
  it.each([
    ['//@version=6\nindicator("x")', '//@version=6\nindicator("x")'],
    ['x = 1 // one\n// about y\ny = 2', 'x = 1 // one\n// about y\ny = 2'],
    ['if c // why\n    x := 1', 'if c // why\n    x := 1'],
    [
      '//@function Doubles\n//@param v value\n//@returns 2v\nf(v) => 2 * v',
      '//@function Doubles\n//@param v value\n//@returns 2v\nf(v) => 2 * v',
    ],
    [
      '//@type A point\ntype P\n    //@field x abscissa\n    float x',
      '//@type A point\ntype P\n    //@field x abscissa\n    float x',
    ],
    ['x = f(a, // first\n  b)', '// first\nx = f(a, b)'],
    ['x = 1\n// the end', 'x = 1\n// the end'],
    ['switch\n    // first arm\n    a => 1 // one', 'switch\n    // first arm\n    a => 1 // one'],
  ])('%j', (src, printed) => expectParsed(src, printed));

  it('parses annotations into name and value', () => {
    const ast = parseOk('//@version=6\n//@description My lib\n// plain\nlibrary("l")');
    const comments = ast.body[0]?.leadingComments ?? [];
    expect(comments.map((c) => c.annotation)).toEqual([
      { name: 'version', value: '6' },
      { name: 'description', value: 'My lib' },
      null,
    ]);
  });
});

describe('ranges are UTF-16 offsets into the source', () => {
  it('`x = a + b` spans 0–9, its value 4–9 and `b` 8–9', () => {
    const [s] = parseOk('x = a + b').body;
    expect(s).toMatchObject({
      start: 0,
      end: 9,
      init: { start: 4, end: 9, right: { start: 8, end: 9 } },
    });
  });
});

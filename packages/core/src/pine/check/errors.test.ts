import { describe, it } from 'vitest';
import { analyse, expectClean, expectError, expectWarning } from './test-support/helpers.ts';

// Negative suite: one broken snippet per line with its first error (`line:col: CODE message`).
// Positions are counted by hand (1-based). Snippets without `//@version` are checked as v6;
// `V5` prefixes `//@version=5` (so their errors sit on line 2). Each group cites the
// TradingView manual page whose rule the expected error enforces.
const V5 = '//@version=5\n';

// @see https://www.tradingview.com/pine-script-docs/language/script-structure/ (statements, tokens)
describe('syntax', () => {
  it.each([
    ['x = 1 +', '1:8: P2001'],
    ['x = (1 + 2', '1:11: P2002'],
    ['plot(close', '1:11: P2002'],
    ['x = 1 2', '1:7: P2003'],
    ['x = "abc', '1:5: P1002'],
    ['x = #12345', '1:5: P1004'],
    ['x = a $ b', '1:7: P1001'],
    ['x = !a', '1:5: P1001'],
    ['f() := 1', '1:1: P2006'],
    ['a.b = 1', '1:5: P2006'],
    ['x = 1 + if c', '1:9: P2007'],
    ['for i = 0 until 5\n    x = i', '1:11: P2002'],
    ['import a/b/c', '1:12: P2002'],
    ['export x = 1', '1:1: P2010'],
    ['x = a ? b', '1:10: P2002'],
    ['enum E\n    a = 1', '2:9: P2002'],
    ['switch x\n    1 2', '2:7: P2002'],
    ['type T\n    = 1', '2:5: P2008'],
    ['x = 1e+', '1:5: P1003'],
    ['plot(a b)', '1:8: P2002'],
  ])('%j', (src, expected) => expectError(src, expected));
});

// @see https://www.tradingview.com/pine-script-docs/language/script-structure/#code (indentation: 4 spaces or a tab per block level)
describe('indentation', () => {
  it.each([
    ['x = 1\n    y = 2', '2:5: P2004'],
    ['if close > open\nx = 1', '2:1: P2005'],
    ['f(a) =>\nreturn_value = a', '2:1: P2005'],
    ['type T\nx = 1', '2:1: P2005'],
    ['enum E\nx = 1', '2:1: P2005'],
    ['for i = 0 to 3\nx = i', '2:1: P2005'],
    ['while true\nbreak', '2:1: P2005'],
    ['switch\nclose > open => 1', '2:1: P2005'],
  ])('%j', (src, expected) => expectError(src, expected));
});

// @see https://www.tradingview.com/pine-script-docs/language/variable-declarations/ (declare before use, scopes)
// @see https://www.tradingview.com/pine-script-docs/language/built-ins/ (built-in names)
describe('names (C3xxx)', () => {
  it.each([
    ['plot(clse)', "1:6: C3001 Undeclared identifier 'clse'"],
    ['x = y + 1', "1:5: C3001 Undeclared identifier 'y'"],
    ['x := 1', "1:1: C3001 Undeclared identifier 'x'"],
    ['x = smaa(close, 3)', "1:5: C3001 Could not find function 'smaa'"],
    ['x = sma(close, 3)', "1:5: C3001 Could not find function 'sma'"],
    ['x = ta.smaa(close, 3)', "1:5: C3002 Unknown built-in function 'ta.smaa'"],
    ['x = ta.emma(close, 3)', "1:5: C3002 Unknown built-in function 'ta.emma'"],
    ['x = math.squareroot(4)', "1:5: C3002 Unknown built-in function 'math.squareroot'"],
    ['x = str.tostr(1)', "1:5: C3002 Unknown built-in function 'str.tostr'"],
    ['c = color.redd', "1:5: C3002 Unknown built-in 'color.redd'"],
    ['s = shape.triangle', "1:5: C3002 Unknown built-in 'shape.triangle'"],
    ['b = barstate.islastbar', "1:5: C3002 Unknown built-in 'barstate.islastbar'"],
    ['p = syminfo.tick', "1:5: C3002 Unknown built-in 'syminfo.tick'"],
    ['x = 1\nx = 2', "2:1: C3003 'x' is already defined in this scope"],
    ['[a, a, b] = ta.bb(close, 20, 2)', "1:5: C3003 'a' is already defined"],
    ['f(a, a) => a', "1:6: C3003 'a' is already defined"],
    ['type P\n    float x\ntype P\n    int y', "3:6: C3003 Type 'P' is already defined"],
    [
      'var int n = 0\nf() =>\n    n := 1\n    n',
      "3:5: C3004 Cannot modify the global variable 'n' in a function",
    ],
    [
      'var int n = 0\nf() =>\n    n += 1\n    n',
      "3:5: C3004 Cannot modify the global variable 'n'",
    ],
    ['type P\n    float x\np = P.new()\ny = p.z', "4:7: C3006 Type 'P' has no field 'z'"],
    ['type P\n    float x\np = P.new()\np.y := 1', "4:3: C3006 Type 'P' has no field 'y'"],
    ['pt = chart.point.now()\nx = pt.bar', "2:8: C3006 Type 'chart.point' has no field 'bar'"],
    ['enum E\n    a\n    b\nx = E.c', "4:7: C3007 'c' is not a member of enum 'E'"],
    ['flot x = 1', "1:1: C3008 Unknown type 'flot'"],
    ['f(Pointt p) => p', "1:3: C3008 Unknown type 'Pointt'"],
    ['array<flot> a = na', "1:7: C3008 Unknown type 'flot'"],
    ['break', "1:1: C3010 'break' can only be used inside a loop"],
    ['if close > open\n    continue', "2:5: C3010 'continue' can only be used inside a loop"],
    ['f() =>\n    x = undefinedThing\n    x', "2:9: C3001 Undeclared identifier 'undefinedThing'"],
    ['if close > open\n    y = 1\nplot(y)', "3:6: C3001 Undeclared identifier 'y'"],
    ['for i = 0 to 2\n    z = i\nplot(z)', "3:6: C3001 Undeclared identifier 'z'"],
    ['f() => 1\nx = g()', "2:5: C3001 Could not find function 'g'"],
    ['x = 1\ny = x(2)', "2:5: C6005 'x' is a variable, not a function"],
    ['x = tb.sma(close, 2)', "1:5: C3001 Undeclared identifier 'tb'"],
  ])('%j', (src, expected) => expectError(src, expected));

  // Functions and variables have separate namespaces (LuxAlgo-style scripts rely on it).
  it('a variable named like a namespace does not hide its built-ins', () =>
    expectClean('var line ln = na\nfor line in array.new<line>()\n    y = line.get_y2(line)'));

  // `_` declares nothing, so loops over it must not touch a missing symbol (found by the fuzz test).
  it.each([
    ['for _ = 0 to 2\n    x = 1'],
    ['arr = array.from(1, 2)\nfor [_, v] in arr\n    plot(v)'],
    ['arr = array.from(1, 2)\nfor _ in arr\n    x = 1'],
  ])('a loop over `_` checks without crashing: %j', (src) => {
    const codes = analyse(src).diagnostics.map((d) => d.code);
    if (codes.includes('C9999')) throw new Error(`internal checker error for ${src}`);
  });

  it('a variable and a user function may share a name', () =>
    expectClean(
      'boxStyle = input.string("A")\nboxStyle(x) => x == "A" ? 1 : 2\nplot(boxStyle(boxStyle))',
    ));

  it.each([
    ['`did you mean` for a misspelt built-in function', 'x = ta.smaa(close, 3)', 'ta.sma'],
    ['`did you mean` for a misspelt variable', 'plot(clsoe)', 'close'],
  ])('%s', (_, src, suggestion) => {
    const hint = analyse(src).diagnostics.find((d) => d.severity === 'error')?.hint ?? '';
    if (!hint.includes(suggestion)) throw new Error(`hint '${hint}' lacks ${suggestion}`);
  });
});

// @see https://www.tradingview.com/pine-script-docs/language/type-system/ (types, na, casting)
describe('types (C4xxx)', () => {
  it.each([
    ['x = ta.sma("abc", 10)', "1:12: C4001 Cannot call 'ta.sma' with argument 'source'"],
    ['x = ta.sma(close, "10")', "1:19: C4001 Cannot call 'ta.sma' with argument 'length'"],
    ['x = ta.sma(close, 2.5)', "1:19: C4001 Cannot call 'ta.sma' with argument 'length'='2.5'"],
    ['x = math.abs("a")', "1:14: C4001 Cannot call 'math.abs' with argument 'number'"],
    ['plot("close")', "1:6: C4001 Cannot call 'plot' with argument 'series'"],
    ['plot(close, color = 1)', "1:13: C4001 Cannot call 'plot' with argument 'color'"],
    ['plot(close, title = 1)', "1:13: C4001 Cannot call 'plot' with argument 'title'"],
    ['x = str.length(1)', "1:16: C4001 Cannot call 'str.length'"],
    ['x = str.upper(close)', "1:15: C4001 Cannot call 'str.upper'"],
    ['x = color.new(1, 50)', "1:15: C4001 Cannot call 'color.new' with argument 'color'"],
    [
      'x = color.new(color.red, "50")',
      "1:26: C4001 Cannot call 'color.new' with argument 'transp'",
    ],
    [
      'a = array.new<float>()\narray.push(a, "x")',
      "2:15: C4001 Cannot call 'array.push' with argument 'value'",
    ],
    [
      'a = array.new<string>()\na.push(1)',
      "2:8: C4001 Cannot call 'array.push' with argument 'value'",
    ],
    [
      'a = array.new<int>()\nx = array.get(a, "0")',
      "2:18: C4001 Cannot call 'array.get' with argument 'index'",
    ],
    [
      'm = map.new<string, float>()\nm.put(1, 2.0)',
      "2:7: C4001 Cannot call 'map.put' with argument 'key'",
    ],
    [
      'strategy.entry(1, strategy.long)',
      "1:16: C4001 Cannot call 'strategy.entry' with argument 'id'",
    ],
    [
      'strategy.entry("L", "long")',
      "1:21: C4001 Cannot call 'strategy.entry' with argument 'direction'",
    ],
    ['x = input.int("10")', "1:15: C4001 Cannot call 'input.int' with argument 'defval'"],
    ['x = input.bool("yes")', "1:16: C4001 Cannot call 'input.bool'"],
    ['label.new(bar_index, high, 5)', "1:28: C4001 Cannot call 'label.new' with argument 'text'"],
    ['line.new(0, "a", 1, 2)', "1:13: C4001 Cannot call 'line.new'"],
    ['f(int n) => n\nx = f("a")', "2:7: C4001 Cannot call 'f' with argument 'n'"],
    ['type P\n    float x\np = P.new("a")', "3:11: C4001 Cannot call 'P.new' with argument 'x'"],
    [
      'x = 1\nx := "a"',
      "2:6: C4002 Cannot assign a value of type 'const string' to a variable of type 'int'",
    ],
    ['s = "a"\ns := close', "2:6: C4002 Cannot assign a value of type 'series float'"],
    [
      'n = 0\nn := 1.5',
      "2:6: C4002 Cannot assign a value of type 'const float' to a variable of type 'int'",
    ],
    ['c = color.red\nc := 1', '2:6: C4002 Cannot assign'],
    ['type P\n    float x\np = P.new()\np.x := "a"', '4:8: C4002 Cannot assign'],
    ['if "yes"\n    x = 1', "1:4: C4003 Condition of 'if' must be a bool"],
    ['x = "a" ? 1 : 2', "1:5: C4003 Condition of '?:' must be a bool"],
    ['while "a"\n    break', "1:7: C4003 Condition of 'while' must be a bool"],
    ['x = not "a"', "1:9: C4003 Condition of 'not' must be a bool"],
    ['x = "a" and true', "1:5: C4003 Condition of 'and' must be a bool"],
    ['x = "a" - 1', "1:5: C4004 Cannot apply '-' to 'const string' and 'const int'"],
    ['x = "a" + 1', "1:5: C4004 Cannot apply '+' to 'const string' and 'const int'"],
    ['x = close * "2"', "1:5: C4004 Cannot apply '*'"],
    ['x = "a" < 1', "1:5: C4004 Cannot apply '<'"],
    ['x = -"a"', "1:5: C4004 Cannot apply unary '-'"],
    ['x = close["1"]', '1:11: C4004 History offset must be an int'],
    ['for i = "a" to 3\n    x = i', '1:9: C4004 Loop bounds must be numbers'],
    ['for x in 5\n    y = x', "1:10: C4004 'for … in' needs an array, matrix or map"],
    [
      'int x = "a"',
      "1:9: C4005 Cannot assign a value of type 'const string' to 'x' declared as 'int'",
    ],
    ['float x = "a"', '1:11: C4005 Cannot assign'],
    ['string s = 1', '1:12: C4005 Cannot assign'],
    [
      'int n = 1.5',
      "1:9: C4005 Cannot assign a value of type 'const float' to 'n' declared as 'int'",
    ],
    ['color c = 1', '1:11: C4005 Cannot assign'],
    ['array<float> a = array.new<string>()', '1:18: C4005 Cannot assign'],
    ['type P\n    int x = "a"', "2:13: C4005 Default of field 'x'"],
    [
      '[a, b] = ta.bb(close, 20, 2)',
      '1:1: C4006 The right side returns 3 values but 2 names are declared',
    ],
    [
      '[a, b, c, d] = ta.macd(close, 12, 26, 9)',
      '1:1: C4006 The right side returns 3 values but 4 names',
    ],
    ['[a, b] = close', "1:10: C4006 'close' returns a 'float', not a tuple"],
    ['x = close > open ? "up" : 1', "1:5: C4009 The branches of '?:' have different types"],
    ['x = strategy.entry("L", strategy.long)', "1:5: C4010 'strategy.entry(…)' returns no value"],
    ['x = alert("a")', "1:5: C4010 'alert(…)' returns no value"],
    ['x = na', "1:5: C4011 Cannot infer the type of 'x' from na"],
    ['var x = na', "1:9: C4011 Cannot infer the type of 'x' from na"],
  ])('%j', (src, expected) => expectError(src, expected));
});

// @see https://www.tradingview.com/pine-script-docs/language/type-system/#qualifiers (const < input < simple < series)
describe('qualifiers (C5xxx)', () => {
  it.each([
    [
      'len = int(close)\nx = ta.ema(close, len)',
      "2:19: C5001 Cannot call 'ta.ema' with argument 'length'='len'. An argument of 'series int' type was used but a 'simple int' is expected",
    ],
    [
      'x = ta.ema(close, bar_index)',
      "1:19: C5001 Cannot call 'ta.ema' with argument 'length'='bar_index'",
    ],
    ['x = ta.rsi(close, bar_index % 10 + 2)', "1:19: C5001 Cannot call 'ta.rsi'"],
    ['x = ta.rma(close, bar_index)', "1:19: C5001 Cannot call 'ta.rma'"],
    ['x = ta.atr(bar_index)', "1:12: C5001 Cannot call 'ta.atr'"],
    [
      '[a, b, c] = ta.macd(close, bar_index, 26, 9)',
      "1:28: C5001 Cannot call 'ta.macd' with argument 'fastlen'",
    ],
    ['x = ta.hma(close, math.max(bar_index, 2))', "1:19: C5001 Cannot call 'ta.hma'"],
    ['[p, m, a] = ta.dmi(bar_index, 14)', "1:20: C5001 Cannot call 'ta.dmi'"],
    ['n = 5\nn := bar_index\nx = ta.ema(close, n)', "3:19: C5001 Cannot call 'ta.ema'"],
    ['f(simple int n) => n\nx = f(bar_index)', "2:7: C5001 Cannot call 'f' with argument 'n'"],
    [
      'plot(close, title = str.tostring(close))',
      "1:13: C5002 Cannot call 'plot' with argument 'title'",
    ],
    ['t = syminfo.ticker\nplot(close, t)', "2:13: C5002 Cannot call 'plot' with argument 'title'"],
    ['x = input.int(bar_index)', "1:15: C5002 Cannot call 'input.int' with argument 'defval'"],
    ['x = input.float(close)', "1:17: C5002 Cannot call 'input.float' with argument 'defval'"],
    [
      'x = input.int(10, minval = bar_index)',
      "1:19: C5002 Cannot call 'input.int' with argument 'minval'",
    ],
    ['x = input.string("a", options = [syminfo.ticker])', '1:23: C5002'],
    ['indicator(syminfo.ticker)', "1:11: C5002 Cannot call 'indicator' with argument 'title'"],
    [
      'strategy("s", pyramiding = bar_index)',
      "1:15: C5002 Cannot call 'strategy' with argument 'pyramiding'",
    ],
    ['strategy("s", initial_capital = close)', "1:15: C5002 Cannot call 'strategy'"],
    [
      'plotshape(true, text = str.tostring(close))',
      "1:17: C5002 Cannot call 'plotshape' with argument 'text'",
    ],
    ['hline(close)', "1:7: C5003 Cannot call 'hline' with argument 'price'"],
    [
      'plot(close, linewidth = bar_index)',
      "1:13: C5003 Cannot call 'plot' with argument 'linewidth'",
    ],
    ['simple float x = close', "1:18: C5004 'x' is declared 'simple' but its value is 'series'"],
    ['const int n = input.int(5)', "1:15: C5004 'n' is declared 'const' but its value is 'input'"],
    ['simple int n = bar_index', "1:16: C5004 'n' is declared 'simple'"],
  ])('%j', (src, expected) => expectError(src, expected));
});

// @see https://www.tradingview.com/pine-script-docs/language/built-ins/#built-in-functions (arguments by position or name)
// @see https://www.tradingview.com/pine-script-docs/language/user-defined-functions/
describe('calls and arguments (C6xxx)', () => {
  it.each([
    ['x = ta.sma(close, 10, 3)', "1:23: C6001 Too many arguments for 'ta.sma'"],
    ['x = math.abs(1, 2)', "1:17: C6001 Too many arguments for 'math.abs'"],
    ['x = na(close, 1)', "1:15: C6001 Too many arguments for 'na'"],
    ['f(a) => a\nx = f(1, 2)', "2:10: C6001 Too many arguments for 'f'"],
    ['type P\n    float x\np = P.new(1, 2)', "3:14: C6001 Too many arguments for 'P.new'"],
    ['x = ta.sma(close)', "1:5: C6002 Missing argument 'length' of 'ta.sma'"],
    ['x = ta.ema()', "1:5: C6002 Missing argument 'source' of 'ta.ema'"],
    ['x = color.new(color.red)', "1:5: C6002 Missing argument 'transp' of 'color.new'"],
    ['strategy.entry("L")', "1:1: C6002 Missing argument 'direction' of 'strategy.entry'"],
    ['x = array.get(array.new<float>())', "1:5: C6002 Missing argument 'index' of 'array.get'"],
    ['f(a, b) => a + b\nx = f(1)', "2:5: C6002 Missing argument 'b' of 'f'"],
    ['x = ta.sma(close, len = 10)', "1:19: C6003 'ta.sma' has no parameter named 'len'"],
    ['plot(close, colour = color.red)', "1:13: C6003 'plot' has no parameter named 'colour'"],
    ['plot(close, transp = 50)', "1:13: C6003 'plot' has no parameter named 'transp'"],
    [
      'x = input.int(10, maxvalue = 20)',
      "1:19: C6003 'input.int' has no parameter named 'maxvalue'",
    ],
    [
      'strategy.exit("x", profit_target = 10)',
      "1:20: C6003 'strategy.exit' has no parameter named 'profit_target'",
    ],
    ['f(a) => a\nx = f(b = 1)', "2:7: C6003 'f' has no parameter named 'b'"],
    [
      'plot(close, color = color.red, color = color.blue)',
      "1:32: C6004 Argument 'color' of 'plot' is given twice",
    ],
    ['plot(close, "a", title = "b")', "1:18: C6004 Argument 'title' of 'plot' is given twice"],
    [
      'x = color.new(color.red, 0, color = color.blue)',
      "1:29: C6004 Argument 'color' of 'color.new' is given twice",
    ],
    [
      'a = array.new<float>()\nx = a.gett(0)',
      "2:7: C6006 No method 'gett' for a value of type 'array<float>'",
    ],
    ['x = close.foo()', "1:11: C6006 No method 'foo' for a value of type 'float'"],
    [
      'l = label.new(0, 0)\nl.set_txt("a")',
      "2:3: C6006 No method 'set_txt' for a value of type 'label'",
    ],
    [
      'm = map.new<string, int>()\nm.push(1)',
      "2:3: C6006 No method 'push' for a value of type 'map<string, int>'",
    ],
    [
      'x = ta.sma(close, 10, length = 5)',
      "1:23: C6004 Argument 'length' of 'ta.sma' is given twice",
    ],
  ])('%j', (src, expected) => expectError(src, expected));
});

// @see https://www.tradingview.com/pine-script-docs/migration-guides/to-pine-version-6/
describe('version rules (C7xxx)', () => {
  it.each([
    [
      'x = bar_index\nif x\n    y = 1',
      "2:4: C7001 Pine v6 does not convert 'int' to 'bool' implicitly",
    ],
    ['if close\n    y = 1', "1:4: C7001 Pine v6 does not convert 'float' to 'bool'"],
    ['x = volume ? 1 : 0', "1:5: C7001 Pine v6 does not convert 'float' to 'bool'"],
    ['x = not bar_index', "1:9: C7001 Pine v6 does not convert 'int' to 'bool'"],
    ['x = close and true', "1:5: C7001 Pine v6 does not convert 'float' to 'bool'"],
    ['while bar_index\n    break', '1:7: C7001'],
    ['bool b = 1', "1:10: C7001 Pine v6 does not convert 'int' to 'bool'"],
    ['b = true\nb := 0', "2:6: C7001 Pine v6 does not convert 'int' to 'bool'"],
    ['alertcondition(volume)', "1:16: C7001 Pine v6 does not convert 'float' to 'bool'"],
    ['x = input.bool(1)', "1:16: C7001 Pine v6 does not convert 'int' to 'bool'"],
    ['x = ta.barssince(volume)', "1:18: C7001 Pine v6 does not convert 'float' to 'bool'"],
    ['bool b = na', "1:10: C7004 In Pine v6 a 'bool' cannot be na"],
    ['var bool b = na', "1:14: C7004 In Pine v6 a 'bool' cannot be na"],
    ['b = close > open\nx = na(b)', "2:8: C7004 In Pine v6 'na()' does not accept a 'bool'"],
    ['b = close > open\nx = nz(b)', "2:8: C7004 In Pine v6 'nz()' does not accept a 'bool'"],
    [
      'b = close > open\nx = fixnan(b)',
      "2:12: C7004 In Pine v6 'fixnan()' does not accept a 'bool'",
    ],
    [
      'strategy.entry("L", strategy.long, when = close > open)',
      "1:36: C7003 'strategy.entry' has no parameter 'when' in Pine v6",
    ],
    [
      'strategy.close("L", when = close > open)',
      "1:21: C7003 'strategy.close' has no parameter 'when'",
    ],
    [
      'strategy.exit("x", "L", profit = 10, when = true)',
      "1:38: C7003 'strategy.exit' has no parameter 'when'",
    ],
    ['strategy.cancel("L", when = true)', '1:22: C7003'],
    ['strategy.order("L", strategy.long, 1, when = true)', '1:39: C7003'],
    [
      `${V5}x = timeframe.main_period`,
      "2:5: C7002 'timeframe.main_period' is not available in Pine v5; it needs v6",
    ],
    [
      `${V5}x = syminfo.mincontract`,
      "2:5: C7002 'syminfo.mincontract' is not available in Pine v5",
    ],
    [`${V5}x = bid`, "2:5: C7002 'bid' is not available in Pine v5"],
    [
      `${V5}x = syminfo.prefix("NASDAQ:AAPL")`,
      "2:5: C7002 'syminfo.prefix' is not available in Pine v5",
    ],
    [
      `${V5}x = request.footprint(100)`,
      "2:5: C7002 'request.footprint' is not available in Pine v5",
    ],
    ['//@version=4\nstudy("x")', '1:1: C7005 Pine v4 is not supported'],
  ])('%j', (src, expected) => expectError(src, expected));

  // The same constructs are legal in v5: the errors above are v6 rules, not general ones.
  it.each([
    [`${V5}if close\n    y = 1`],
    [`${V5}x = volume ? 1 : 0`],
    [`${V5}b = close > open and (volume > 0 ? close > close[1] : 1)`],
    [`${V5}bool b = na`],
    [`${V5}b = close > open\nx = na(b)`],
    [`${V5}strategy.entry("L", strategy.long, when = close > open)`],
    [`${V5}x = 7 / 2\nint y = x`],
  ])('v5 accepts %j', (src) => expectClean(src));
});

// Warnings are not errors: @see https://www.tradingview.com/pine-script-docs/language/variable-declarations/
describe('warnings', () => {
  it.each([
    ['x = 1', "1:1: C3101 Variable 'x' is declared but never used"],
    [
      'x = 1\nif true\n    x = 2\nplot(x)',
      "3:5: C3103 'x' shadows a variable of an enclosing scope",
    ],
    ['close = 1\nplot(close)', "1:1: C3102 'close' shadows the built-in variable"],
    [
      'import TradingView/ta/7 as tv\nplot(tv.rsi(close, 2))',
      "1:1: C3009 Library 'TradingView/ta/7' cannot be resolved",
    ],
  ])('%j', (src, expected) => expectWarning(src, expected));
});

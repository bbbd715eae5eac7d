import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.ts';
import { parsePine } from './parser.ts';
import { diagnosticLines, expectParseError } from './test-support/helpers.ts';

// Expected positions are counted by hand from each source (1-based line:column).

describe('lexical errors', () => {
  it.each([
    ['x = "abc', '1:5: P1002 unterminated string'],
    ["x = 'a\ny = 2", '1:5: P1002 unterminated string'],
    ['x = #12345', "1:5: P1004 invalid color literal '#12345'"],
    ['x = #GGGGGG', "1:5: P1004 invalid color literal '#GGGGGG'"],
    ['x = 1e+', "1:5: P1003 invalid number '1e+'"],
    ['x = a $ b', "1:7: P1001 unexpected character '$'"],
  ])('%j', (src, expected) => expectParseError(src, expected));

  it('`!` hints at `not`', () => {
    expect(parsePine('x = !a').diagnostics[0]).toMatchObject({
      code: 'P1001',
      hint: "Pine writes logical negation as 'not'",
    });
  });
});

describe('syntax errors', () => {
  it.each([
    ['x = ', '1:5: P2001 expected an expression but found end of input'],
    ['x = (a + b', "1:11: P2002 expected ')' but found end of input"],
    ['plot(a b)', "1:8: P2002 expected ')' but found 'b'"],
    ['x = 1 2', "1:7: P2003 unexpected '2'"],
    ['x = 1\n    y = 2', '2:5: P2004 unexpected indentation'],
    ['if c\nx := 1', "2:1: P2005 expected an indented block but found 'x' on a new line"],
    ['a.b = 1', "1:5: P2006 '=' declares a variable"],
    ['f() := 1', "1:1: P2006 cannot assign to this expression with ':='"],
    ['x = 1 + if c', "1:9: P2007 'if' cannot be used inside an expression"],
    ['type T\nx = 1', "2:1: P2005 expected the indented fields of type 'T'"],
    ['type T\n    = 1', '2:5: P2008 expected a field type'],
    ['for i = 0 until 5\n    x := i', "1:11: P2002 expected 'to' but found 'until'"],
    ['for [i x] in a\n    b := x', "1:8: P2002 expected ',' but found 'x'"],
    ['import a/b/c', '1:12: P2002 expected a library version number'],
    ['export x = 1', "1:1: P2010 'export' must precede a function"],
    ['x = a ? b', "1:10: P2002 expected ':' but found end of input"],
    ['enum E\n    a = 1', '2:9: P2002 expected a string title'],
    ['switch x\n    1 2', "2:7: P2002 expected '=>' but found '2'"],
  ])('%j', (src, ...expected) => expectParseError(src, ...expected));
});

describe('recovery: every error in a file is reported, each once', () => {
  it('a file with three broken statements reports three errors and keeps the good ones', () => {
    const src = [
      '//@version=6',
      'indicator("x")',
      'a = 1 +',
      'b = 2',
      'c = 3 4',
      'if a',
      'd = 1',
      'plot(b)',
    ].join('\n');
    expect(diagnosticLines(src)).toEqual([
      '3:8: P2001 expected an expression before the end of the line',
      "5:7: P2003 unexpected '4'",
      "7:1: P2005 expected an indented block but found 'd' on a new line",
    ]);
    const kinds = parsePine(src).ast.body.map((s) => s.kind);
    expect(kinds).toEqual([
      'ExpressionStatement',
      'VariableDeclaration',
      'VariableDeclaration',
      'VariableDeclaration',
      'ExpressionStatement',
      'VariableDeclaration',
      'ExpressionStatement',
    ]);
  });

  it('an error inside a block resumes at the next line of that block', () => {
    const src = 'if c\n    x := (a b)\n    y := 2\nz = 3';
    expect(diagnosticLines(src)).toEqual(["2:13: P2002 expected ')' but found 'b'"]);
    const ifStatement = parsePine(src).ast.body[0];
    expect(
      ifStatement?.kind === 'ExpressionStatement' && ifStatement.expression.kind === 'IfExpression'
        ? ifStatement.expression.consequent.body.length
        : -1,
    ).toBe(2);
  });

  it('a broken simple statement skips deeper lines (synchronise at indentation ≤ the block); a broken header keeps its block', () => {
    expect(diagnosticLines('if (a b)\n    y := 2\n    z := 3\nw = 4')).toEqual([
      "1:7: P2002 expected ')' but found 'b'",
    ]);
    expect(
      parsePine('x = (1 2)\n    y := 2\n    z := 3\nw = 4').ast.body.map((s) => s.kind),
    ).toEqual(['VariableDeclaration', 'VariableDeclaration']);
  });
});

describe('formatDiagnostic', () => {
  it('prints file:line:col, the source line and carets under the range, then the hint', () => {
    const src = 'x = 1\nplot(a b)';
    const [d] = parsePine(src).diagnostics;
    expect(formatDiagnostic(d!, src, 'demo.pine')).toBe(
      [
        "demo.pine:2:8: error P2002: expected ')' but found 'b'",
        'plot(a b)',
        '       ^',
        'hint: separate arguments with commas',
      ].join('\n'),
    );
  });

  it('underlines a multi-character range and keeps tabs in the padding', () => {
    const src = 'if c\n\tx = "abc';
    const [d] = parsePine(src).diagnostics;
    expect(formatDiagnostic(d!, src, 'f.pine').split('\n').slice(0, 3)).toEqual([
      'f.pine:2:6: error P1002: unterminated string',
      '\tx = "abc',
      '\t    ^^^^',
    ]);
  });
});

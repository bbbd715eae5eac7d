import { describe, expect, it } from 'vitest';
import { lex } from './lexer.ts';

// Reference: Pine v6 User Manual, "Script structure" (comments, line wrapping, indentation:
// 4 spaces or a tab per level) and "Type system" (literal forms).
const kinds = (src: string) => lex(src).tokens.map((t) => `${t.kind}:${t.text}`);

describe('lex', () => {
  it.each([
    ['x=1.5e-3', ['identifier:x', 'operator:=', 'number:1.5e-3', 'eof:']],
    ['.5+2.', ['number:.5', 'operator:+', 'number:2.', 'eof:']],
    ['a.b', ['identifier:a', 'punctuation:.', 'identifier:b', 'eof:']],
    [
      'x:=y=>z',
      ['identifier:x', 'operator::=', 'identifier:y', 'operator:=>', 'identifier:z', 'eof:'],
    ],
    [
      'a<=b!=c',
      ['identifier:a', 'operator:<=', 'identifier:b', 'operator:!=', 'identifier:c', 'eof:'],
    ],
    ['x%=2', ['identifier:x', 'operator:%=', 'number:2', 'eof:']],
    ['"a\\"b" \'c\'', ['string:"a\\"b"', "string:'c'", 'eof:']],
    ['#ff00ff #FF00FF80', ['color:#ff00ff', 'color:#FF00FF80', 'eof:']],
    [
      'not x and y or z',
      [
        'keyword:not',
        'identifier:x',
        'keyword:and',
        'identifier:y',
        'keyword:or',
        'identifier:z',
        'eof:',
      ],
    ],
    ['type method enum', ['identifier:type', 'identifier:method', 'identifier:enum', 'eof:']],
    ['array<float>', ['identifier:array', 'operator:<', 'identifier:float', 'operator:>', 'eof:']],
  ])('%j', (src, expected) => expect(kinds(src)).toEqual(expected));

  it('marks the first token of each line with its indentation (a tab counts 4)', () => {
    const tokens = lex('if c\n    x := 1\n\ty := 2\n      + 3').tokens;
    const starts = tokens
      .filter((t) => t.lineStart && t.kind !== 'eof')
      .map((t) => [t.text, t.indent]);
    expect(starts).toEqual([
      ['if', 0],
      ['x', 4],
      ['y', 4],
      ['+', 6],
    ]);
  });

  it('skips blank and comment-only lines for indentation, keeping the comments', () => {
    const r = lex('a = 1 // one\n\n   // two\nb = 2\r\nc = 3');
    expect(r.tokens.filter((t) => t.lineStart).map((t) => t.text)).toEqual(['a', 'b', 'c', '']);
    expect(r.comments.map((c) => [c.text, c.trailing])).toEqual([
      [' one', true],
      [' two', false],
    ]);
  });

  it('reports offsets as UTF-16 indexes', () => {
    const [, , s, plus] = lex('x = "é€😀" +').tokens;
    expect([s?.start, s?.end, plus?.start]).toEqual([4, 10, 11]);
  });

  it.each([
    ['"open', 'P1002'],
    ['#abc', 'P1004'],
    ['1e', 'P1003'],
    ['a ; b', 'P1001'],
    ['x = `y`', 'P1001'],
  ])('%j reports %s', (src, code) => expect(lex(src).diagnostics[0]?.code).toBe(code));
});

import { describe, expect, it } from 'vitest';
import { classifyPineLine } from './pine-tokens.ts';

/** `text:class` pairs, the way a reader checks a highlighted line. */
const classes = (line: string) =>
  classifyPineLine(line).map((s) => `${line.slice(s.from, s.to)}:${s.cls}`);

// Classes follow the Pine v6 reference: `ta` is a namespace, `ta.sma` a function, `close` and
// `color.red` built-in variables/constants, `float` a type, `color=` in a call a named argument;
// `//@version` is a compiler annotation.
describe('classifyPineLine', () => {
  it('an assignment with a built-in call and a trailing comment', () => {
    expect(classes('fast = ta.sma(close, 10) // fast MA')).toEqual([
      'fast:variable',
      '=:operator',
      'ta:namespace',
      '.:punctuation',
      'sma:builtin-function',
      '(:punctuation',
      'close:builtin',
      ',:punctuation',
      '10:number',
      '):punctuation',
      '// fast MA:comment',
    ]);
  });

  it('the version annotation', () => {
    expect(classes('//@version=6')).toEqual(['//@version=6:annotation']);
  });

  it('keywords, bools, a declared type, a user function, strings and colors', () => {
    expect(classes('var float x = not f(y) and true ? "a" : #FF000080')).toEqual([
      'var:keyword',
      'float:type',
      'x:variable',
      '=:operator',
      'not:keyword',
      'f:function',
      '(:punctuation',
      'y:variable',
      '):punctuation',
      'and:keyword',
      'true:constant',
      '?:operator',
      '"a":string',
      '::operator',
      '#FF000080:color',
    ]);
  });

  it('a named argument, a built-in constant through a namespace and an invalid character', () => {
    expect(classes('plot(x, color=color.red) !')).toEqual([
      'plot:builtin-function',
      '(:punctuation',
      'x:variable',
      ',:punctuation',
      'color:property',
      '=:operator',
      'color:namespace',
      '.:punctuation',
      'red:builtin',
      '):punctuation',
      '!:invalid',
    ]);
  });

  it('contextual keywords stay names when assigned to', () => {
    expect(classes('for i = 0 to n')).toEqual([
      'for:keyword',
      'i:variable',
      '=:operator',
      '0:number',
      'to:keyword',
      'n:variable',
    ]);
    expect(classes('to = 1')[0]).toBe('to:variable');
  });
});

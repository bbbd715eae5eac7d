import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../market/random.ts';
import { checkPine } from '../check/check-pine.ts';
import { corpusDir, pineFiles } from '../test-support/corpora.ts';
import { lex } from './lexer.ts';
import { parsePine } from './parser.ts';
import { printPine } from './printer.ts';

// Robustness contract of issue 3: no input makes the lexer, parser or checker throw; the result
// always has a tree and a diagnostics list with ranges inside the text. Seeded, so failures replay.

const SNIPPETS = [
  '//@version=6\nstrategy("s", overlay=true)\nfast = ta.ema(close, 9)\nif ta.crossover(fast, close)\n    strategy.entry("L", strategy.long)\n',
  'type P\n    float x = na\nmethod m(P p) =>\n    p.x := nz(p.x) + 1\nvar P p = P.new()\np.m()\n',
  'x = switch s\n    "a" => 1\n    => 2\nfor [i, v] in arr\n    if v > 0\n        break\n',
  'f(simple int n = 3) =>\n    [a, b] = g(n)\n    a > b ? a : b\nenum E\n    a = "A"\nimport u/l/1 as l\n',
  'var array<float> xs = array.new<float>()\nwhile xs.size() < 5\n    xs.push(close[1] * -2 + .5e1)\nplot(xs.get(0), color=#FF0000)\n',
];

function corpusSamples(): string[] {
  const dir = corpusDir('pineforge-corpus');
  return dir ? pineFiles(dir, 'strategy.pine').map((f) => readFileSync(f, 'utf8')) : [];
}

const ALPHABET = ' \n\t()[]<>=:?,.+-*/%#"\'\\abcxyz019_@';
const WORDS = [
  'if',
  'else',
  'switch',
  '=>',
  'for',
  'to',
  'in',
  'var',
  'type',
  'enum',
  'method',
  '[',
  ']',
  '(',
  ')',
  '\n    ',
  '\n',
  ':=',
  'not',
  '"',
  '//',
];

function mutate(text: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  const at = pick(text.length + 1);
  switch (pick(6)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + pick(8));
    case 1:
      return text.slice(0, at) + ALPHABET[pick(ALPHABET.length)] + text.slice(at);
    case 2: {
      const b = pick(text.length + 1);
      const [i, j] = at < b ? [at, b] : [b, at];
      return text.slice(0, i) + text[j] + text.slice(i + 1, j) + text[i] + text.slice(j + 1);
    }
    case 3: {
      const tokens = lex(text).tokens;
      const t = tokens[pick(tokens.length)];
      return t === undefined ? text : text.slice(0, t.start) + text.slice(t.end);
    }
    case 4: {
      const tokens = lex(text).tokens;
      const t = tokens[pick(tokens.length)];
      return t === undefined ? text : text.slice(0, t.end) + t.text + text.slice(t.end);
    }
    default:
      return text.slice(0, at) + WORDS[pick(WORDS.length)] + text.slice(at);
  }
}

/** A window of whole lines (at most ~1500 characters) so 10,000 cases stay fast on big files. */
function window(text: string, random: () => number): string {
  if (text.length <= 1500) return text;
  const from = text.lastIndexOf('\n', Math.floor(random() * (text.length - 1500))) + 1;
  const to = text.indexOf('\n', from + 1500);
  return text.slice(from, to < 0 ? text.length : to);
}

describe('fuzz: random mutations of corpus files and snippets', () => {
  it('parse and check never throw and always return a tree with in-range diagnostics (10,000 cases)', () => {
    const generator = createRandom(20260521);
    const random = () => generator.next();
    const bases = [...SNIPPETS, ...corpusSamples()];
    let withErrors = 0;
    let checked = 0;
    for (let n = 0; n < 10_000; n++) {
      let text = window(bases[n % bases.length]!, random);
      const rounds = 1 + Math.floor(random() * 4);
      for (let r = 0; r < rounds; r++) text = mutate(text, random);
      const result = parsePine(text);
      expect(result.ast.kind).toBe('Script');
      const check = checkPine(result.ast);
      checked++;
      for (const d of [...result.diagnostics, ...check.diagnostics]) {
        if (
          d.code === 'P9999' ||
          d.code === 'C9999' ||
          d.start < 0 ||
          d.end < d.start ||
          d.end > text.length
        ) {
          throw new Error(`bad diagnostic ${JSON.stringify(d)} for input ${JSON.stringify(text)}`);
        }
      }
      if (result.diagnostics.length > 0) withErrors++;
      else expect(typeof printPine(result.ast)).toBe('string');
    }
    // The mutations must actually break things, or the test proves nothing.
    expect(withErrors).toBeGreaterThan(3000);
    expect(checked).toBe(10_000);
  });

  it.each([
    ['deep parentheses', '('.repeat(5000)],
    ['deep unary', `x = ${'-'.repeat(5000)}1`],
    [
      'deep indentation',
      Array.from({ length: 300 }, (_, i) => `${'    '.repeat(i)}if c`).join('\n'),
    ],
    ['only junk', '\u0000\u0001}{;;$$@@`~'],
    ['lone surrogate', 'x = "\ud800" + \ud800'],
  ])('%s does not throw', (_, text) => {
    const result = parsePine(text);
    expect(result.diagnostics.some((d) => d.code === 'P9999')).toBe(false);
    const check = checkPine(result.ast);
    expect(check.diagnostics.some((d) => d.code === 'C9999')).toBe(false);
  });
});

/**
 * Pine's regular expressions (Java's java.util.regex syntax) as JavaScript RegExps, for
 * `str.match`. Translated: leading inline flags `(?i)`, `(?m)`, `(?s)` (`(?U)`, `(?x)` dropped),
 * `\Q…\E`, `\A`, `\z`, `\Z`, `\h`, `\H`, `\x{…}`, and `$`, which in Java also matches before a
 * final line terminator. Approximated: possessive quantifiers (`a*+`) and atomic groups `(?>…)`
 * become greedy ones. Not supported: class intersection `[a-z&&[^d]]`, flags inside the pattern.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strings/#regex-syntax-reference
 */
import { PineRuntimeError } from '../pine-runtime-error.ts';

const HSPACE = '\\t \\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
const END = '(?![\\s\\S])';
const cache = new Map<string, RegExp>();

export function javaRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = translate(pattern);
    if (cache.size >= 256) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

function translate(pattern: string): RegExp {
  let flags = '';
  let body = pattern;
  const lead = /^\(\?([imsxU]+)\)/.exec(body);
  if (lead) {
    for (const f of lead[1]!) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
    body = body.slice(lead[0].length);
  }
  const multiline = flags.includes('m');
  let out = '';
  let inClass = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[i + 1];
      if (next === 'Q') {
        const end = body.indexOf('\\E', i + 2);
        const literal = body.slice(i + 2, end < 0 ? body.length : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? body.length : end + 1;
      } else if (next === 'A' && !inClass) {
        out += '(?<![\\s\\S])';
        i++;
      } else if (next === 'z' && !inClass) {
        out += END;
        i++;
      } else if (next === 'Z' && !inClass) {
        out += `(?=\\n?${END})`;
        i++;
      } else if (next === 'h' || next === 'H') {
        out += inClass ? HSPACE : next === 'h' ? `[${HSPACE}]` : `[^${HSPACE}]`;
        i++;
      } else if (next === 'x' && body[i + 2] === '{') {
        const close = body.indexOf('}', i + 3);
        const code = Number.parseInt(body.slice(i + 3, close), 16);
        out += escapeChar(String.fromCodePoint(code));
        i = close;
      } else {
        out += c + (next ?? '');
        i++;
      }
    } else if (c === '[') {
      inClass++;
      out += c;
    } else if (c === ']' && inClass) {
      inClass--;
      out += c;
    } else if (!inClass && c === '$' && !multiline) {
      out += `(?=\\n?${END})`;
    } else if (!inClass && c === '+' && /[*+?}]/.test(body[i - 1] ?? '') && body[i - 2] !== '\\') {
      // Possessive quantifier: no JavaScript equivalent, kept greedy.
    } else if (!inClass && c === '(' && body.startsWith('?>', i + 1)) {
      out += '(?:';
      i += 2;
    } else out += c;
  }
  try {
    return new RegExp(out, flags);
  } catch (error) {
    throw new PineRuntimeError(
      `Invalid regular expression "${pattern}": ${(error as Error).message}`,
    );
  }
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

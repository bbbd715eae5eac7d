import { describe, expect, it } from 'vitest';
import { escapeHtml, scriptJson } from './script-json.ts';

// HTML's rule for script contents: nothing may contain `</script` or `<!--` (the element ends or
// changes state); JSON escapes `\uXXXX` read back as the same characters.
const INJECTION = '</script><script>alert(1)</script>';

describe('scriptJson', () => {
  it('escapes < > & U+2028 U+2029 and reads back to the same value', () => {
    const value = { name: INJECTION, note: 'a & b <!-- c --> \u2028\u2029', n: 1.5 };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('NaN becomes null', () => {
    expect(scriptJson([Number.NaN, 1])).toBe('[null,1]');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`${INJECTION} & "x" 'y'`)).toBe(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;',
    );
  });
});

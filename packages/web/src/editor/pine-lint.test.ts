import { describe, expect, it } from 'vitest';
import { pineLintDiagnostics } from './pine-lint.ts';

describe('pineLintDiagnostics (core parser and checker codes, offsets into the text)', () => {
  it('reports an unterminated string at its offsets (lexer code P1002)', () => {
    // 'x = "abc' : the string starts at offset 4 and runs to the end of the line (offset 8).
    const [d] = pineLintDiagnostics('x = "abc');
    expect(d).toMatchObject({ from: 4, to: 8, severity: 'error' });
    expect(d?.message).toMatch(/^P1002: unterminated string/);
  });

  it('reports an undeclared identifier from the checker (C3001) on the name itself', () => {
    // The range is the name itself: three characters from where `foo` starts.
    const text = '//@version=6\nindicator("t")\nplot(foo)';
    const start = text.indexOf('foo');
    const found = pineLintDiagnostics(text).find((d) => d.message.startsWith('C3001'));
    expect(found).toMatchObject({ from: start, to: start + 3, severity: 'error' });
  });

  it('gives nothing for a clean script', () => {
    expect(pineLintDiagnostics('//@version=6\nindicator("t")\nplot(close)')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { indentGeneratedCode } from './indent-generated-code.ts';

// Worked examples: each `{` opens one level for the lines after it, a line starting with `}` is
// printed one level out, and braces inside string literals are text, not structure.
describe('indentGeneratedCode', () => {
  it.each([
    ['if (a) {\nx();\n}', 'if (a) {\n  x();\n}'],
    ['if (a) {\nx();\n} else {\ny();\n}', 'if (a) {\n  x();\n} else {\n  y();\n}'],
    [
      'try {\nf();\n} catch (e) { throw e; }\ng();',
      'try {\n  f();\n} catch (e) { throw e; }\ng();',
    ],
    ['f("{{");\ng();', 'f("{{");\ng();'],
    ['if (a) {\nf("}\\"}");\n}', 'if (a) {\n  f("}\\"}");\n}'],
    ['if (!i) { i = true; v = 0; }\nx();', 'if (!i) { i = true; v = 0; }\nx();'],
  ])('%j', (code, expected) => expect(indentGeneratedCode(code)).toBe(expected));

  it('starts at the given depth and never goes left of it', () => {
    expect(indentGeneratedCode('a();\n}\nb();', '  ', 1)).toBe('  a();\n  }\n  b();');
  });
});

/** Parsing + checking Pine scripts: the PineForge corpus when present (target < 2 s), else built-in scripts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPine, parsePine } from '@barwise/core';
import type { BenchCase } from '../bench-case.ts';

const CORPUS = fileURLToPath(
  new URL('../../../corpora/pineforge-corpus/validation/', import.meta.url),
);
const HAS_CORPUS = existsSync(CORPUS);

/** Stand-ins when the git-ignored corpus is absent (CI): three scripts in the style of the corpus, 250 copies. */
const FALLBACK = [
  '//@version=6\nstrategy("x", overlay = true, initial_capital = 10000)\nfast = ta.ema(close, input.int(9, "Fast"))\nslow = ta.sma(close, 21)\nif ta.crossover(fast, slow)\n    strategy.entry("L", strategy.long)\nif ta.crossunder(fast, slow)\n    strategy.close("L")\nplot(fast, color = color.green)\nplot(slow, color = color.red)\n',
  '//@version=6\nindicator("bands")\nlen = input.int(20, minval = 1)\n[m, u, l] = ta.bb(close, len, 2)\nvar array<float> xs = array.new<float>()\nxs.push(m)\nif xs.size() > 50\n    xs.shift()\nplot(xs.avg())\nplot(u)\nplot(l)\n',
  '//@version=6\nindicator("udt")\ntype P\n    float x = 0\n    int n\nmethod bump(P self, float d) =>\n    self.x += d\n    self.x\nvar p = P.new()\nplot(p.bump(close - open))\n',
];

function scripts(): string[] {
  if (!HAS_CORPUS) return Array.from({ length: 250 }, (_, i) => FALLBACK[i % FALLBACK.length]!);
  return readdirSync(CORPUS)
    .map((d) => path.join(CORPUS, d, 'strategy.pine'))
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8'));
}

const TEXTS = scripts();
const LINES = TEXTS.reduce((n, t) => n + t.split('\n').length, 0);

export const pineCheckCorpus: BenchCase = {
  name: 'pine-check-corpus',
  description: HAS_CORPUS
    ? `parse + check the ${TEXTS.length} PineForge strategy.pine files (${LINES} lines; rows = lines of Pine)`
    : `parse + check 250 built-in Pine scripts (corpora/pineforge-corpus absent; ${LINES} lines; rows = lines of Pine)`,
  itemsPerOp: LINES,
  unit: 'rows',
  target: { maxMsPerOp: 2000 },
  async setup() {
    return {
      run: () => {
        let errors = 0;
        for (const text of TEXTS) {
          const parsed = parsePine(text);
          const checked = checkPine(
            parsed.ast,
            parsed.version === null ? {} : { version: parsed.version },
          );
          errors +=
            parsed.diagnostics.length +
            checked.diagnostics.filter((d) => d.severity === 'error').length;
        }
        return errors;
      },
    };
  },
};

/**
 * Every strategy of the PineForge corpus through the parity runner (`barwise parity`): load each
 * probe's bars, compile, run with the broker emulator and compare its trades with TradingView's
 * export. Target: the whole corpus in under 2 minutes. Skipped when the git-ignored corpus is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPineStrategy } from '../../../packages/server/src/cli/commands/parity.ts';
import { formatParitySummary, runParity } from '../../../packages/server/src/parity/index.ts';
import type { BenchCase } from '../bench-case.ts';

const CORPUS = fileURLToPath(new URL('../../../corpora/pineforge-corpus/', import.meta.url));
const VALIDATION = path.join(CORPUS, 'validation');
const PROBES = existsSync(VALIDATION)
  ? readdirSync(VALIDATION).filter((d) => existsSync(path.join(VALIDATION, d, 'strategy.pine')))
      .length
  : 0;

export const pineCorpus: BenchCase =
  PROBES === 0
    ? {
        name: 'pine-corpus',
        description: 'skipped: corpora/pineforge-corpus is absent',
        itemsPerOp: 1,
        unit: 'rows',
        iterations: 1,
        async setup() {
          return { run: () => 0 };
        },
      }
    : {
        name: 'pine-corpus',
        description: `run and compare all ${PROBES} PineForge strategies with TradingView's trades (data loading included; rows = probes)`,
        itemsPerOp: PROBES,
        unit: 'rows',
        target: { maxMsPerOp: 120_000 },
        iterations: 1,
        async setup() {
          return {
            run: async () => {
              const report = await runParity(CORPUS, runPineStrategy);
              process.stderr.write(`pine-corpus: ${formatParitySummary(report)}\n`);
            },
          };
        },
      };

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA_DIR, pineFiles } from '../test-support/corpora.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { parsePine } from './parser.ts';
import { printPine } from './printer.ts';
import { stripRanges } from './test-support/helpers.ts';

// Real-world Pine, kept out of git under <repo>/corpora/ (see the report of issue 3):
//  - pineforge-corpus: the PineForge validation corpus, 250+ Pine v6 strategies (acceptance set);
//  - mihakralj-pinescript: github.com/mihakralj/pinescript indicators (v5 and v6);
//  - github-pine: .pine files of a few public GitHub repositories (v6);
//  - pinescript5-manual: v5 examples cut from a Markdown copy of the Pine v5 User Manual; the
//    cutting is heuristic, so some files end in prose and only the clean ones must round-trip.

interface Tally {
  files: number;
  clean: number;
  roundTripped: number;
  failures: string[];
  parseMs: number;
}

function survey(files: string[]): Tally {
  const tally: Tally = { files: files.length, clean: 0, roundTripped: 0, failures: [], parseMs: 0 };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const t0 = performance.now();
    const { ast, diagnostics } = parsePine(text);
    tally.parseMs += performance.now() - t0;
    if (diagnostics.length > 0) {
      tally.failures.push(formatDiagnostic(diagnostics[0]!, text, file));
      continue;
    }
    tally.clean++;
    const printed = printPine(ast);
    const again = parsePine(printed);
    const same = JSON.stringify(stripRanges(again.ast)) === JSON.stringify(stripRanges(ast));
    if (again.diagnostics.length === 0 && same && printPine(again.ast) === printed)
      tally.roundTripped++;
    else tally.failures.push(`${file}: print → parse changed the tree`);
  }
  return tally;
}

function report(name: string, t: Tally): void {
  console.log(
    `[pine corpus] ${name}: ${t.clean}/${t.files} parsed without errors, ${t.roundTripped}/${t.clean} round-tripped, parse ${t.parseMs.toFixed(0)} ms`,
  );
}

describe('PineForge validation corpus (acceptance: zero syntax errors, identical round trip)', () => {
  const dir = join(CORPORA_DIR, 'pineforge-corpus');
  const present = existsSync(dir);
  if (!present)
    console.log(`[pine corpus] skipped: ${dir} is absent (it is git-ignored; CI does not have it)`);

  it.skipIf(!present)('every strategy.pine parses without errors and round-trips', () => {
    const tally = survey(pineFiles(dir, 'strategy.pine'));
    report('pineforge-corpus', tally);
    expect(tally.failures.slice(0, 5)).toEqual([]);
    expect(tally.files).toBeGreaterThan(200);
    // Performance budget from issue 3: the whole corpus well under 1 s (measured ~0.1 s).
    expect(tally.parseMs).toBeLessThan(1000);
  });
});

describe.each([
  ['mihakralj-pinescript', true],
  ['github-pine', true],
  ['pinescript5-manual', false],
])('second body of real-world Pine: %s', (name, mustParse) => {
  const dir = join(CORPORA_DIR, name);
  const present = existsSync(dir);
  if (!present) console.log(`[pine corpus] skipped: ${dir} is absent`);

  it.skipIf(!present)(
    mustParse ? 'parses without errors and round-trips' : 'clean files round-trip',
    () => {
      const tally = survey(pineFiles(dir));
      report(name, tally);
      expect(tally.roundTripped).toBe(tally.clean);
      if (mustParse) expect(tally.failures.slice(0, 5)).toEqual([]);
    },
  );
});

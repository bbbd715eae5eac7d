/**
 * `npm run bench`: runs every case (or those named on the command line) in its own process so
 * peak RSS is per case, prints a table and writes bench/results/latest.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-case.ts';
import { BENCH_CASES } from './cases/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCH_CASES));
if (unknown.length > 0)
  throw new Error(
    `unknown benchmark case ${unknown.join(', ')} (cases: ${Object.keys(BENCH_CASES).join(', ')})`,
  );
const cases = Object.keys(BENCH_CASES).filter(
  (name) => wanted.length === 0 || wanted.includes(name),
);
const results: BenchResult[] = [];

for (const name of cases) {
  process.stderr.write(`running ${name} …\n`);
  const stdout = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'run-case.ts'), name],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  results.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as BenchResult);
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
console.table(
  results.map((r) => ({
    benchmark: r.name,
    throughput: `${fmt(r.itemsPerSecond)} ${r.unit}`,
    'ms/op (mean)': fmt(r.msPerOp.mean),
    'ms/op (p99)': fmt(r.msPerOp.p99),
    'peak RSS MB': r.peakRssMb,
    'own RSS MB': r.ownPeakRssMb ?? '—',
    target: r.target || '—',
    pass: r.pass === null ? '—' : r.pass ? 'yes' : 'NO',
  })),
);

const outDir = path.join(here, '..', 'results');
mkdirSync(outDir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  results,
};
writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stderr.write(
  `results written to ${path.relative(process.cwd(), path.join(outDir, 'latest.json'))}\n`,
);
if (results.some((r) => r.pass === false)) process.exitCode = 1;

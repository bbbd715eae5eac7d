/**
 * Child process of the Pine run benchmarks (pine-peer.ts): runs the Pine source read from stdin
 * over the benchmark bars as often as the timed phase does (≥ 10 runs and ≥ 2 s) and prints the
 * process's peak RSS in MB — our run's footprint with nothing else loaded.
 */
import { readFileSync } from 'node:fs';
import { compileScript, runScript } from '@barwise/core';
import { pineBenchBars } from './pine-bars.ts';

const bars = pineBenchBars();
const compiled = compileScript(readFileSync(0, 'utf8'), { fileName: 'bench.pine' });
const started = performance.now();
for (let i = 0; i < 10 || performance.now() - started < 2_000; i++) runScript(compiled, bars);
process.stdout.write(`${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);

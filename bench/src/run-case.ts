/** Runs one benchmark case in this process and prints its result as JSON (see run.ts). */
import { Bench } from 'tinybench';
import type { BenchResult } from './bench-case.ts';
import { BENCH_CASES } from './cases/index.ts';

const name = process.argv[2];
const load = name === undefined ? undefined : BENCH_CASES[name];
if (!load) throw new Error(`unknown benchmark case ${name}`);
const benchCase = await load();
if (benchCase.name !== name) throw new Error(`case ${name} loads a case named ${benchCase.name}`);

const { run, teardown, peer: peerTiming, ownPeakRssMb } = await benchCase.setup();
// Steady-state throughput: V8 reoptimizes a run's hot functions over its first several runs,
// as their field types generalize (pine-sma-cross-strategy settles after 5–7 runs of 1 M bars),
// so the warm-up runs for 2 s before the timed samples.
const bench =
  benchCase.iterations === undefined
    ? new Bench({ time: 2_000, iterations: 10, warmupTime: 2_000, warmupIterations: 3 })
    : new Bench({ time: 0, iterations: benchCase.iterations, warmup: false });
bench.add(benchCase.name, run);
await bench.run();
await teardown?.();

const result = bench.tasks[0]?.result;
if (!result || !('latency' in result))
  throw new Error(`benchmark ${name} did not complete: ${JSON.stringify(result)}`);
const { mean, p50, p99, samplesCount } = result.latency;
const perSecond = (benchCase.itemsPerOp / mean) * 1000;
const { maxMsPerOp, minItemsPerSecond } = benchCase.target ?? {};
// The peer is timed at its median run after its warm-up (pine-peer.ts): the ratio compares our
// median with it, the same statistic on both sides.
const peer = peerTiming && {
  ...peerTiming,
  ratio: Math.round(((benchCase.itemsPerOp / (p50 ?? mean)) * 1000) / peerTiming.itemsPerSecond),
};
const checks = [
  maxMsPerOp === undefined ? null : mean < maxMsPerOp,
  minItemsPerSecond === undefined ? null : perSecond >= minItemsPerSecond,
  peer?.minRatio === undefined ? null : peer.ratio >= peer.minRatio,
].filter((c) => c !== null);
const output: BenchResult = {
  name: benchCase.name,
  description: benchCase.description,
  unit: `${benchCase.unit}/s`,
  itemsPerSecond: Math.round(perSecond),
  msPerOp: { mean, p50: p50 ?? mean, p99: p99 ?? mean },
  samples: samplesCount ?? 0,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  ...(ownPeakRssMb === undefined ? {} : { ownPeakRssMb }),
  target: [
    maxMsPerOp && `< ${maxMsPerOp} ms/op`,
    minItemsPerSecond && `≥ ${minItemsPerSecond.toLocaleString('en-US')} ${benchCase.unit}/s`,
    peer?.minRatio && `≥ ${peer.minRatio}× ${peer.name}`,
  ]
    .filter(Boolean)
    .join(', '),
  pass: checks.length ? checks.every(Boolean) : null,
  ...(peer ? { peer } : {}),
};
process.stdout.write(`${JSON.stringify(output)}\n`);

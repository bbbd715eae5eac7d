/**
 * Shared by the Pine run benchmarks: 1,000,000 seeded synthetic one-minute bars, a case that runs
 * one script over them, and PineTS (the open-source Pine engine, AGPL, bench-only) timed on the
 * same script over a prefix of the same bars for the side-by-side ratio. The process's peak RSS
 * includes PineTS and every case's imports; `ownPeakRssMb` is our run's alone (pine-own-rss.ts).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Bars, compileScript, runScript } from '@barwise/core';
import { PineTS } from 'pinets';
import type { BenchCase, PeerMeasurement } from '../bench-case.ts';
import { PINE_BARS, pineBenchBars } from './pine-bars.ts';

/** PineTS runs about 0.1–0.25 M bars/s on 2 vCPUs: a 50,000-bar prefix times it in under a second. */
export const PEER_BARS = 50_000;
/** Each phase (warm-up, then timing) runs at least this many rounds and this long. */
const PEER_MIN_ROUNDS = 5;
const PEER_MIN_MS = 2_000;

/**
 * PineTS on the first `count` bars at its steady state, timed as ours is (run-case.ts): rounds
 * for 2 s (and ≥ 5 rounds) of warm-up, then rounds for 2 s (≥ 5) whose median counts. PineTS
 * gains about 60 % from its first run to its fifth (75 k → 125 k bars/s on the SMA-cross
 * strategy), and its best run is ~9 % above its median: comparing its best with our typical run
 * would set the two engines on different statistics.
 */
export async function timePineTs(
  source: string,
  bars: Bars,
  count: number,
  minRatio: number,
): Promise<PeerMeasurement> {
  const candles = Array.from({ length: count }, (_, i) => ({
    open: bars.open[i]!,
    high: bars.high[i]!,
    low: bars.low[i]!,
    close: bars.close[i]!,
    volume: bars.volume[i]!,
    openTime: bars.time[i]!,
    closeTime: bars.time[i]! + 59_999,
  }));
  const phase = async (): Promise<number[]> => {
    const times: number[] = [];
    const began = performance.now();
    while (times.length < PEER_MIN_ROUNDS || performance.now() - began < PEER_MIN_MS) {
      const pineTs = new PineTS(candles as never);
      const started = performance.now();
      await pineTs.run(source);
      times.push(performance.now() - started);
    }
    return times;
  };
  await phase();
  const times = (await phase()).sort((a, b) => a - b);
  const median = times[times.length >> 1]!;
  return {
    name: 'PineTS',
    items: count,
    itemsPerSecond: Math.round((count / median) * 1000),
    minRatio,
  };
}

export interface PineRunCaseSpec {
  readonly name: string;
  readonly what: string;
  readonly source: string;
  readonly minBarsPerSecond: number;
  readonly minRatioToPineTs: number;
}

/**
 * Peak RSS (MB) of our run alone: pine-own-rss.ts in a process of its own, which loads only
 * @barwise/core (no PineTS, none of the other cases' imports such as @barwise/server).
 */
function ownPeakRssMb(source: string): number {
  const script = fileURLToPath(new URL('./pine-own-rss.ts', import.meta.url));
  const stdout = execFileSync(process.execPath, [...process.execArgv, script], {
    input: source,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return Number(stdout.trim().split('\n').at(-1));
}

/** Compiles once; each operation runs the script over all bars (strategies with their broker). */
export function pineRunCase(spec: PineRunCaseSpec): BenchCase {
  return {
    name: spec.name,
    description: `${spec.what} over ${PINE_BARS.toLocaleString('en-US')} synthetic 1-minute bars; PineTS timed on the first ${PEER_BARS.toLocaleString('en-US')} (too slow for all)`,
    itemsPerOp: PINE_BARS,
    unit: 'bars',
    target: { minItemsPerSecond: spec.minBarsPerSecond },
    async setup() {
      const bars = pineBenchBars();
      const compiled = compileScript(spec.source, { fileName: `${spec.name}.pine` });
      const peer = await timePineTs(spec.source, bars, PEER_BARS, spec.minRatioToPineTs);
      return {
        run: () => runScript(compiled, bars),
        peer,
        ownPeakRssMb: ownPeakRssMb(spec.source),
      };
    },
  };
}

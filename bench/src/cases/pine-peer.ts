/**
 * Shared by the Pine run benchmarks: 1,000,000 seeded synthetic one-minute bars, a case that runs
 * one script over them, and PineTS (the open-source Pine engine, AGPL, bench-only) timed on the
 * same script over a prefix of the same bars for the side-by-side ratio.
 */
import {
  type Bars,
  compileScript,
  parseTimeframe,
  runScript,
  symbolInfo,
  syntheticBars,
} from '@barwise/core';
import { PineTS } from 'pinets';
import type { BenchCase, PeerMeasurement } from '../bench-case.ts';

export const PINE_BARS = 1_000_000;
/** PineTS runs about 25–80k bars/s: a 50,000-bar prefix keeps its timing to seconds. */
export const PEER_BARS = 50_000;

export function pineBenchBars(count = PINE_BARS): Bars {
  return syntheticBars({
    symbol: symbolInfo('X'),
    timeframe: parseTimeframe('1'),
    bars: count,
    seed: 11,
    start: Date.UTC(2020, 0, 1),
  });
}

/** PineTS on the first `count` bars, best of two runs (the first also warms its compiler up). */
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
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 2; round++) {
    const pineTs = new PineTS(candles as never);
    const started = performance.now();
    await pineTs.run(source);
    best = Math.min(best, performance.now() - started);
  }
  return {
    name: 'PineTS',
    items: count,
    itemsPerSecond: Math.round((count / best) * 1000),
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
      return { run: () => runScript(compiled, bars), peer };
    },
  };
}

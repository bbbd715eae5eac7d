import { describe, expect, it } from 'vitest';
import { symbolInfo } from '../../market/symbol-info.ts';
import { syntheticBars } from '../../market/synthetic.ts';
import { parseTimeframe } from '../../market/timeframe.ts';
import { compileScript } from './compile-script.ts';
import { PROGRESS_STEPS, RunCancelledError, runScript } from './run-script.ts';

const bars = (count: number) =>
  syntheticBars({
    symbol: symbolInfo('TEST'),
    timeframe: parseTimeframe('D'),
    bars: count,
    seed: 1,
    start: Date.UTC(2024, 0, 1),
  });
const indicator = compileScript('//@version=6\nindicator("I")\nplot(close)\n');
const strategy = compileScript('//@version=6\nstrategy("S")\nplot(close)\n');

describe('runScript progress and cancellation', () => {
  it('reports every bar of a short run, then the total', () => {
    const calls: [number, number][] = [];
    runScript(indicator, bars(3), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it.each([
    ['an indicator', indicator],
    ['a strategy', strategy],
  ])('reports %s at most PROGRESS_STEPS times plus the end', (_name, script) => {
    const calls: number[] = [];
    runScript(script, bars(1000), { onProgress: (done) => calls.push(done) });
    // 1000 bars / 200 steps: every 5th bar (0, 5, … 995), then 1000.
    expect(PROGRESS_STEPS).toBe(200);
    expect(calls).toHaveLength(201);
    expect(calls.slice(0, 3)).toEqual([0, 5, 10]);
    expect(calls.slice(-2)).toEqual([995, 1000]);
  });

  it('stops an indicator at its first checkpoint after the signal is aborted', () => {
    const signal = { aborted: false };
    const calls: number[] = [];
    const run = () =>
      runScript(indicator, bars(1000), {
        signal,
        onProgress: (done) => {
          calls.push(done);
          if (done === 500) signal.aborted = true;
        },
      });
    // Checkpoints every 5th bar: aborted during the report of bar 500, stopped at bar 505.
    expect(run).toThrow('run cancelled after 505 of 1000 bars');
    expect(calls.at(-1)).toBe(500);
  });

  it('stops at the first checkpoint after the signal is aborted', () => {
    const signal = { aborted: false };
    const run = () =>
      runScript(strategy, bars(1000), {
        signal,
        onProgress: (done) => {
          if (done === 500) signal.aborted = true;
        },
      });
    expect(run).toThrow(RunCancelledError);
    signal.aborted = false;
    // Aborted during the report of bar 500: the next checkpoint is bar 505.
    expect(run).toThrow('run cancelled after 505 of 1000 bars');
  });
});

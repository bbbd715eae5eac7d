/** Test harness: a bar state over plain closes, a ScriptOutputs on it, and a loop that runs a step per bar. */
import { BarState } from '../../series/bar-state.ts';
import { barsFrom } from '../../test-support/reference.ts';
import { ScriptOutputs } from '../script-outputs.ts';

export interface ScriptRun {
  readonly bar: BarState;
  readonly outputs: ScriptOutputs;
  /** Loads each bar in turn and calls `step` with its index, like the compiled script's bar loop. */
  run(step: (barIndex: number) => void): void;
}

/** Bars one day apart from 2020-01-01 UTC with the given closes (open = high = low = close). */
export function scriptRun(closes: readonly number[], barCount?: number): ScriptRun {
  const bars = barsFrom({ close: closes });
  const bar = new BarState(bars);
  const outputs = new ScriptOutputs(bar, barCount);
  return {
    bar,
    outputs,
    run(step) {
      for (let i = 0; i < bars.length; i++) {
        bar.load(i);
        step(i);
      }
    },
  };
}

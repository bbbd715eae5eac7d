/** What one run of a script is made of: the bars, the moving bar state and the run's services. */
import type { Bars } from '../../market/bars.ts';
import type { Drawings } from '../runtime/drawing/drawings.ts';
import type { ScriptOutputs } from '../runtime/output/script-outputs.ts';
import type { BarState } from '../runtime/series/bar-state.ts';
import type { PineStrategy } from '../runtime/strategy/strategy-namespace.ts';

export interface RunContext {
  readonly bars: Bars;
  readonly bar: BarState;
  /** Plots, alerts and logs of the run. */
  readonly outputs: ScriptOutputs;
  /** label/line/box/table/polyline objects, with the script's max_*_count limits. */
  readonly drawings: Drawings;
  /** The broker emulator behind `strategy.*`; null for indicators. */
  readonly strategy: PineStrategy | null;
}

/** What one run of a script is made of: the bars, the moving bar state and the run's services. */
import type { Bars } from '../../market/bars.ts';
import type { BarState } from '../runtime/series/bar-state.ts';

export interface RunContext {
  readonly bars: Bars;
  readonly bar: BarState;
}

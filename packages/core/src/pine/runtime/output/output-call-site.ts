/** Base of the plot-family per-call-site classes: one registered output, written on the bars the call runs. */
import type { BarState } from '../series/bar-state.ts';
import type { OutputKind, OutputRecord } from './output-record.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/**
 * The output is registered when the compiler constructs the call site (declaration order); its
 * title and options are taken from the first call that runs. A bar on which the call does not
 * run keeps na in every column.
 */
export abstract class OutputCallSite {
  protected readonly record: OutputRecord;
  protected readonly bar: BarState;

  constructor(outputs: ScriptOutputs, bar: BarState, kind: OutputKind) {
    this.record = outputs.register(kind);
    this.bar = bar;
  }

  /** The output's handle (its declaration index). */
  get id(): number {
    return this.record.id;
  }
}

/** A plotted `series` as a number: bools plot as 1 / 0 (User Manual FAQ, export), v5 na bool (null) as na. */
export function plottedNumber(series: unknown): number {
  if (typeof series === 'number') return series;
  if (typeof series === 'boolean') return series ? 1 : 0;
  return Number.NaN;
}

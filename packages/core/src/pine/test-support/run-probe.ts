/**
 * Runs a Pine snippet and returns what it logged: `log.info("...", a, b)` records `[a, b]` for the
 * bar (raw runtime values, no formatting), so tests read values exactly.
 */
import type { Bars } from '../../market/bars.ts';
import { compilePine } from '../compile/compile-pine.ts';
import type { InputValue } from '../compile/inputs.ts';
import { runScript } from '../run/run-script.ts';

export interface LoggedValues {
  readonly bar: number;
  readonly values: unknown[];
}

export function runProbe(
  source: string,
  bars: Bars,
  inputs: Readonly<Record<string, InputValue>> = {},
): LoggedValues[] {
  const compiled = compilePine(source, { fileName: 'probe.pine' });
  const logged: LoggedValues[] = [];
  const run = runScript(compiled, bars, {
    inputs,
    namespaces: {
      log: (ctx) => ({
        info: (_message: string, ...values: unknown[]) =>
          logged.push({ bar: ctx.bar.barIndex, values }),
      }),
    },
  });
  void run;
  return logged;
}

/** The first logged value of each bar on which the script logged. */
export function firstValues(logged: readonly LoggedValues[]): unknown[] {
  return logged.map((l) => l.values[0]);
}

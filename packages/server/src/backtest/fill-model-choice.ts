/**
 * The fill model a run asks for: `--fill-model NAME`, or a run config's `fillModel` object with
 * the name and the model's options. The engine's `parseFillModelSpec` checks names and options;
 * messages name the flag, or the config field path.
 */
import {
  FILL_MODEL_NAMES,
  type FillModelSpec,
  InputError,
  parseFillModelSpec,
} from '@barwise/core';

export type FillModelChoice =
  | string
  | ({ readonly name: string } & Readonly<Record<string, unknown>>);

export function fillModelFor(choice: FillModelChoice): FillModelSpec {
  if (typeof choice === 'string' && !FILL_MODEL_NAMES.some((n) => n === choice))
    throw new InputError(
      `--fill-model: unknown fill model "${choice}" (known: ${FILL_MODEL_NAMES.join(', ')})`,
    );
  return parseFillModelSpec(choice, 'fillModel');
}

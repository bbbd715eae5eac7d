/**
 * One backtest run from a run config and the command line: a flag overrides the config's field
 * (`--input`/params key by key); paths from the config are already absolute, flags' are relative
 * to the working folder.
 */
import { InputError, type InputValue, parseTimeframe, type Timeframe } from '@barwise/core';
import type { FillModelChoice } from '../backtest/fill-model-choice.ts';
import type { RunConfig } from './run-config-schema.ts';

/** The flags of `barwise backtest` that a run config can also give. */
export interface RunFlags {
  readonly data?: string | undefined;
  readonly timeframe?: Timeframe | undefined;
  readonly syminfo?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly input?: Readonly<Record<string, string>> | undefined;
  readonly capital?: number | undefined;
  readonly fillModel?: string | undefined;
  readonly commission?: string | undefined;
  readonly json?: string | undefined;
  readonly report?: string | undefined;
  readonly trades?: string | undefined;
}

export interface RunRequest {
  readonly strategy: string;
  readonly data: string;
  readonly timeframe?: Timeframe | undefined;
  readonly syminfo?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly capital?: number | undefined;
  /** Pine inputs by title or TypeScript parameters by name. */
  readonly inputs: Readonly<Record<string, InputValue>>;
  readonly fillModel?: FillModelChoice | undefined;
  readonly commission?: RunConfig['commission'];
  readonly json?: string | undefined;
  readonly report?: string | undefined;
  readonly trades?: string | undefined;
}

export function mergeRunConfig(
  strategy: string | undefined,
  flags: RunFlags,
  config: RunConfig | null,
): RunRequest {
  const file = strategy ?? config?.strategy;
  if (file === undefined)
    throw new InputError('give a strategy file (.pine or .ts), or --config with a strategy field');
  const data = flags.data ?? config?.data;
  if (data === undefined) throw new InputError('--data is required (or a data field in --config)');
  return {
    strategy: file,
    data,
    timeframe:
      flags.timeframe ?? (config?.timeframe === undefined ? undefined : configTimeframe(config)),
    syminfo: flags.syminfo ?? config?.syminfo,
    from: flags.from ?? config?.from,
    to: flags.to ?? config?.to,
    capital: flags.capital ?? config?.capital,
    inputs: { ...config?.inputs, ...config?.params, ...flags.input },
    fillModel: fillModel(flags.fillModel, config?.fillModel),
    commission: flags.commission ?? config?.commission,
    json: flags.json ?? config?.json,
    report: flags.report ?? config?.report,
    trades: flags.trades ?? config?.trades,
  };
}

/** A flag names the model; the config's options stay when it names the same one. */
function fillModel(
  flag: string | undefined,
  configured: RunConfig['fillModel'],
): FillModelChoice | undefined {
  return flag !== undefined && flag !== configured?.name ? flag : configured;
}

function configTimeframe(config: RunConfig): Timeframe {
  try {
    return parseTimeframe(config.timeframe!);
  } catch (error) {
    throw new InputError(`timeframe: ${(error as Error).message}`);
  }
}

/** Fill models by name and options, as a CLI flag or a YAML/JSON run config selects them. */
import { InputError } from '../../input-error.ts';
import { BarFillModel } from './bar-fill-model.ts';
import type { FillModel } from './fill-model.ts';
import { RealisticFillModel, type RealisticFillOptions } from './realistic-fill-model.ts';
import type { SlippageSpec } from './slippage.ts';
import { TradingViewFillModel, type TradingViewFillOptions } from './tradingview-fill-model.ts';

export const FILL_MODEL_NAMES = ['next-open', 'on-close', 'realistic', 'tradingview'] as const;
export type FillModelName = (typeof FILL_MODEL_NAMES)[number];

/** `{ name: 'realistic', slippage: { kind: 'ticks', ticks: 2 }, participationRate: 0.1, latencyBars: 1 }`. */
export type FillModelSpec =
  | { readonly name: 'next-open' | 'on-close' }
  | ({ readonly name: 'realistic' } & RealisticFillOptions)
  | ({ readonly name: 'tradingview' } & TradingViewFillOptions);

const OPTION_KEYS: Readonly<Record<FillModelName, readonly string[]>> = {
  'next-open': [],
  'on-close': [],
  realistic: ['slippage', 'participationRate', 'latencyBars'],
  tradingview: ['slippageTicks', 'fillLimitsAssumption', 'processOrdersOnClose'],
};
const SLIPPAGE_FIELDS = { none: '', ticks: 'ticks', percent: 'percent', 'volume-share': 'impact' };

/** Creates the fill model a spec (or a bare name) describes; bad options throw an `InputError`. */
export function createFillModel(spec: FillModelSpec | FillModelName): FillModel {
  const checked = parseFillModelSpec(spec);
  switch (checked.name) {
    case 'next-open':
    case 'on-close':
      return new BarFillModel(checked.name);
    case 'realistic': {
      const { name: _, ...options } = checked;
      return new RealisticFillModel(options);
    }
    case 'tradingview': {
      const { name: _, ...options } = checked;
      return new TradingViewFillModel(options);
    }
  }
}

/**
 * Checks untrusted input (a flag's value, a YAML or JSON field) and returns it as a spec: a name,
 * or an object with `name` and that model's options. Messages name the field under `where`.
 */
export function parseFillModelSpec(value: unknown, where = 'fillModel'): FillModelSpec {
  const spec = typeof value === 'string' ? { name: value } : value;
  if (!isRecord(spec)) throw new InputError(`${where}: expected a name or an object with "name"`);
  const name = spec.name;
  if (!FILL_MODEL_NAMES.includes(name as FillModelName))
    throw new InputError(
      `${where}.name: "${String(name)}" is not a fill model (use ${FILL_MODEL_NAMES.join(', ')})`,
    );
  const known = OPTION_KEYS[name as FillModelName];
  for (const key of Object.keys(spec)) {
    if (key !== 'name' && !known.includes(key))
      throw new InputError(
        `${where}.${key}: not an option of the ${String(name)} fill model${known.length ? ` (options: ${known.join(', ')})` : ''}`,
      );
  }
  if (name === 'tradingview') return { name, ...parseTradingViewOptions(spec, where) };
  if (name !== 'realistic') return { name: name as 'next-open' | 'on-close' };
  const options: { -readonly [K in keyof RealisticFillOptions]: RealisticFillOptions[K] } = {};
  if (spec.slippage !== undefined)
    options.slippage = parseSlippage(spec.slippage, `${where}.slippage`);
  if (spec.participationRate !== undefined) {
    const rate = spec.participationRate;
    if (typeof rate !== 'number' || !(rate > 0 && rate <= 1))
      throw new InputError(
        `${where}.participationRate: ${JSON.stringify(rate)} is not a fraction in (0, 1]`,
      );
    options.participationRate = rate;
  }
  if (spec.latencyBars !== undefined) {
    const bars = spec.latencyBars;
    if (typeof bars !== 'number' || !Number.isInteger(bars) || bars < 0)
      throw new InputError(
        `${where}.latencyBars: ${JSON.stringify(bars)} is not a whole number of bars >= 0`,
      );
    options.latencyBars = bars;
  }
  return { name: 'realistic', ...options };
}

function parseTradingViewOptions(
  spec: Record<string, unknown>,
  where: string,
): TradingViewFillOptions {
  const options: { -readonly [K in keyof TradingViewFillOptions]: TradingViewFillOptions[K] } = {};
  for (const key of ['slippageTicks', 'fillLimitsAssumption'] as const) {
    const ticks = spec[key];
    if (ticks === undefined) continue;
    if (typeof ticks !== 'number' || !Number.isInteger(ticks) || ticks < 0)
      throw new InputError(
        `${where}.${key}: ${JSON.stringify(ticks)} is not a whole number of ticks >= 0`,
      );
    options[key] = ticks;
  }
  const onClose = spec.processOrdersOnClose;
  if (onClose !== undefined) {
    if (typeof onClose !== 'boolean')
      throw new InputError(
        `${where}.processOrdersOnClose: ${JSON.stringify(onClose)} is not true or false`,
      );
    options.processOrdersOnClose = onClose;
  }
  return options;
}

function parseSlippage(value: unknown, where: string): SlippageSpec {
  if (!isRecord(value) || !(String(value.kind) in SLIPPAGE_FIELDS))
    throw new InputError(
      `${where}: expected { kind: ${Object.keys(SLIPPAGE_FIELDS).join(' | ')}, ... }`,
    );
  const kind = value.kind as keyof typeof SLIPPAGE_FIELDS;
  const field = SLIPPAGE_FIELDS[kind];
  for (const key of Object.keys(value)) {
    if (key !== 'kind' && key !== field)
      throw new InputError(`${where}.${key}: not a field of ${kind} slippage`);
  }
  if (kind === 'none') return { kind };
  const amount = value[field];
  const whole = kind === 'ticks';
  if (
    typeof amount !== 'number' ||
    !Number.isFinite(amount) ||
    amount < 0 ||
    (whole && !Number.isInteger(amount))
  )
    throw new InputError(
      `${where}.${field}: ${JSON.stringify(amount)} is not a ${whole ? 'whole number' : 'number'} >= 0`,
    );
  if (kind === 'ticks') return { kind, ticks: amount };
  if (kind === 'percent') return { kind, percent: amount };
  return { kind, impact: amount };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

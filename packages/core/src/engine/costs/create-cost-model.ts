/** Cost models by name and options, as a CLI flag or a YAML/JSON run config selects them. */
import { InputError } from '../../input-error.ts';
import { type CostModel, makerTakerCommission, NO_COMMISSION } from '../portfolio/commission.ts';
import { type CommissionSchedule, commissionSchedule } from './commission-schedule.ts';
import { type IndiaEquityProduct, indiaEquityCosts } from './india-equity-costs.ts';

export const COST_MODEL_NAMES = ['none', 'commission', 'maker-taker', 'india-equity'] as const;
export type CostModelName = (typeof COST_MODEL_NAMES)[number];

/**
 * `{ name: 'commission', percent: 0.1, minimum: 1 }`,
 * `{ name: 'maker-taker', maker: { percent: 0.02 }, taker: { percent: 0.05 } }`,
 * `{ name: 'india-equity', product: 'intraday' }` (optionally with its own `brokerage`).
 */
export type CostModelSpec =
  | { readonly name: 'none' }
  | ({ readonly name: 'commission' } & CommissionSchedule)
  | {
      readonly name: 'maker-taker';
      readonly maker: CommissionSchedule;
      readonly taker: CommissionSchedule;
    }
  | {
      readonly name: 'india-equity';
      readonly product: IndiaEquityProduct;
      readonly brokerage?: CommissionSchedule;
    };

const SCHEDULE_KEYS = ['percent', 'perUnit', 'perOrder', 'minimum', 'maximum'] as const;
const KEYS: Record<CostModelName, readonly string[]> = {
  none: [],
  commission: SCHEDULE_KEYS,
  'maker-taker': ['maker', 'taker'],
  'india-equity': ['product', 'brokerage'],
};

/** Creates the cost model a spec (or a bare name) describes; bad options throw an `InputError`. */
export function createCostModel(spec: CostModelSpec | 'none'): CostModel {
  const checked = parseCostModelSpec(spec);
  switch (checked.name) {
    case 'none':
      return NO_COMMISSION;
    case 'commission':
      return commissionSchedule(checked);
    case 'maker-taker':
      return makerTakerCommission(
        commissionSchedule(checked.maker),
        commissionSchedule(checked.taker),
      );
    case 'india-equity':
      return indiaEquityCosts(checked);
  }
}

/**
 * Checks untrusted input (a YAML or JSON field) and returns it as a spec; messages name the
 * field under `where`.
 */
export function parseCostModelSpec(value: unknown, where = 'costs'): CostModelSpec {
  const spec = typeof value === 'string' ? { name: value } : value;
  if (!isRecord(spec)) throw new InputError(`${where}: expected a name or an object with "name"`);
  const name = spec.name as CostModelName;
  if (!COST_MODEL_NAMES.includes(name))
    throw new InputError(
      `${where}.name: "${String(spec.name)}" is not a cost model (use ${COST_MODEL_NAMES.join(', ')})`,
    );
  checkKeys(spec, ['name', ...KEYS[name]], where, `the ${name} cost model`);
  switch (name) {
    case 'none':
      return { name };
    case 'commission':
      return { name, ...parseSchedule(spec, where) };
    case 'maker-taker':
      return {
        name,
        maker: parseSchedule(spec.maker, `${where}.maker`),
        taker: parseSchedule(spec.taker, `${where}.taker`),
      };
    case 'india-equity': {
      const product = spec.product;
      if (product !== 'delivery' && product !== 'intraday')
        throw new InputError(
          `${where}.product: ${JSON.stringify(product)} is not delivery or intraday`,
        );
      return spec.brokerage === undefined
        ? { name, product }
        : { name, product, brokerage: parseSchedule(spec.brokerage, `${where}.brokerage`) };
    }
  }
}

function parseSchedule(value: unknown, where: string): CommissionSchedule {
  if (!isRecord(value))
    throw new InputError(`${where}: expected an object with ${SCHEDULE_KEYS.join(', ')}`);
  const own = Object.keys(value).filter((k) => k !== 'name');
  checkKeys(
    Object.fromEntries(own.map((k) => [k, value[k]])),
    SCHEDULE_KEYS,
    where,
    'a commission schedule',
  );
  const schedule: { -readonly [K in keyof CommissionSchedule]: number } = {};
  for (const key of SCHEDULE_KEYS) {
    const amount = value[key];
    if (amount === undefined) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0)
      throw new InputError(`${where}.${key}: ${JSON.stringify(amount)} is not a number >= 0`);
    schedule[key] = amount;
  }
  return schedule;
}

function checkKeys(
  value: Record<string, unknown>,
  known: readonly string[],
  where: string,
  what: string,
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      throw new InputError(
        `${where}.${key}: not an option of ${what} (options: ${known.join(', ') || 'none'})`,
      );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

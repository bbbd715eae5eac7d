/** Commission schedules: percent of traded value, per unit, per order, with a minimum and maximum, maker/taker; combinable. */
import { assert } from '../../assert.ts';

/**
 * Whether a fill added liquidity (`maker`: limit orders, resting at their price) or took it
 * (`taker`: market and stop orders).
 */
export type Liquidity = 'maker' | 'taker';

/** What a schedule may need to know about a fill besides its size and price. */
export interface FillCostContext {
  readonly side: 'buy' | 'sell';
  readonly liquidity: Liquidity;
}

/**
 * Cost charged on one fill of `qty` units (> 0) at `price`; `pointValue` converts price to money
 * (futures multiplier). The account calls it once per fill with `fill`; schedules that ignore
 * side and liquidity may be called without it. Costs are plain numbers, not rounded unless a
 * schedule's published rules round (see STYLE.md on money).
 * TradingView names: strategy.commission.percent / cash_per_contract / cash_per_order.
 */
export interface CommissionModel {
  readonly name: string;
  commission(qty: number, price: number, pointValue: number, fill?: FillCostContext): number;
}

/**
 * The one interface every cost schedule composes behind (engine/costs): commissions, exchange
 * fees and taxes of a fill, in money.
 */
export type CostModel = CommissionModel;

/** Fills without a context count as taker buys (the costlier side of maker/taker schedules). */
export const DEFAULT_FILL_CONTEXT: FillCostContext = { side: 'buy', liquidity: 'taker' };

const FILL_CONTEXTS = {
  buy: { maker: { side: 'buy', liquidity: 'maker' }, taker: DEFAULT_FILL_CONTEXT },
  sell: {
    maker: { side: 'sell', liquidity: 'maker' },
    taker: { side: 'sell', liquidity: 'taker' },
  },
} as const satisfies Record<'buy' | 'sell', Record<Liquidity, FillCostContext>>;

/** The context of a fill, one shared object per side and liquidity (fills do not allocate one). */
export function fillContext(side: 'buy' | 'sell', liquidity: Liquidity): FillCostContext {
  return FILL_CONTEXTS[side][liquidity];
}

export const NO_COMMISSION: CommissionModel = { name: 'none', commission: () => 0 };

/** `percent` of the traded value, e.g. 0.1 = 0.1 % (strategy.commission.percent). */
export function percentCommission(percent: number): CommissionModel {
  assert(percent >= 0, `commission percent must be >= 0, got ${percent}`);
  const rate = percent / 100;
  return {
    name: `${percent}%`,
    commission: (qty, price, pointValue) => qty * price * pointValue * rate,
  };
}

/** A fixed amount per unit or contract (strategy.commission.cash_per_contract). */
export function perUnitCommission(amount: number): CommissionModel {
  assert(amount >= 0, `commission per unit must be >= 0, got ${amount}`);
  return { name: `${amount}/unit`, commission: (qty) => qty * amount };
}

/** A fixed amount per fill (strategy.commission.cash_per_order). */
export function perOrderCommission(amount: number): CommissionModel {
  assert(amount >= 0, `commission per order must be >= 0, got ${amount}`);
  return { name: `${amount}/order`, commission: () => amount };
}

/** At least `minimum` per fill. */
export function withMinimum(model: CommissionModel, minimum: number): CommissionModel {
  assert(minimum >= 0, `commission minimum must be >= 0, got ${minimum}`);
  return {
    name: `max(${model.name}, ${minimum})`,
    commission: (qty, price, pointValue, fill) =>
      Math.max(minimum, model.commission(qty, price, pointValue, fill)),
  };
}

/** At most `maximum` per fill, e.g. Indian discount brokers' "0.03 % or ₹20, whichever is lower". */
export function withMaximum(model: CommissionModel, maximum: number): CommissionModel {
  assert(maximum >= 0, `commission maximum must be >= 0, got ${maximum}`);
  return {
    name: `min(${model.name}, ${maximum})`,
    commission: (qty, price, pointValue, fill) =>
      Math.min(maximum, model.commission(qty, price, pointValue, fill)),
  };
}

/** `maker` for fills that added liquidity, `taker` for those that took it (crypto exchanges' fee tiers). */
export function makerTakerCommission(
  maker: CommissionModel,
  taker: CommissionModel,
): CommissionModel {
  return {
    name: `maker ${maker.name} / taker ${taker.name}`,
    commission: (qty, price, pointValue, fill = DEFAULT_FILL_CONTEXT) =>
      (fill.liquidity === 'maker' ? maker : taker).commission(qty, price, pointValue, fill),
  };
}

/** The sum of several schedules, e.g. a per-order fee plus a percent. */
export function combinedCommission(...models: CommissionModel[]): CommissionModel {
  return {
    name: models.map((m) => m.name).join(' + '),
    commission: (qty, price, pointValue, fill) =>
      models.reduce((sum, m) => sum + m.commission(qty, price, pointValue, fill), 0),
  };
}

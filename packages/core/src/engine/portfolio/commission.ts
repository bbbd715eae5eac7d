/** Commission schedules: percent of traded value, per unit, per order, with a minimum; combinable. */
import { assert } from '../../assert.ts';

/**
 * Cost charged on one fill of `qty` units (> 0) at `price`; `pointValue` converts price to money
 * (futures multiplier). Costs are plain numbers, not rounded (see STYLE.md on money).
 * TradingView names: strategy.commission.percent / cash_per_contract / cash_per_order.
 */
export interface CommissionModel {
  readonly name: string;
  commission(qty: number, price: number, pointValue: number): number;
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
  return {
    name: `max(${model.name}, ${minimum})`,
    commission: (qty, price, pointValue) =>
      Math.max(minimum, model.commission(qty, price, pointValue)),
  };
}

/** The sum of several schedules, e.g. a per-order fee plus a percent. */
export function combinedCommission(...models: CommissionModel[]): CommissionModel {
  return {
    name: models.map((m) => m.name).join(' + '),
    commission: (qty, price, pointValue) =>
      models.reduce((sum, m) => sum + m.commission(qty, price, pointValue), 0),
  };
}

/** A commission schedule from plain fields (percent, per unit, per order, minimum, maximum), as run configs give it. */
import {
  type CommissionModel,
  combinedCommission,
  NO_COMMISSION,
  percentCommission,
  perOrderCommission,
  perUnitCommission,
  withMaximum,
  withMinimum,
} from '../portfolio/commission.ts';

/**
 * Charged per fill: `percent` of the traded value (0.1 = 0.1 %) + `perUnit` × units + `perOrder`,
 * then raised to `minimum` and capped at `maximum`. Every field defaults to none.
 */
export interface CommissionSchedule {
  readonly percent?: number;
  readonly perUnit?: number;
  readonly perOrder?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

export function commissionSchedule(schedule: CommissionSchedule): CommissionModel {
  const parts: CommissionModel[] = [];
  if (schedule.percent) parts.push(percentCommission(schedule.percent));
  if (schedule.perUnit) parts.push(perUnitCommission(schedule.perUnit));
  if (schedule.perOrder) parts.push(perOrderCommission(schedule.perOrder));
  let model =
    parts.length === 0
      ? NO_COMMISSION
      : parts.length === 1
        ? parts[0]!
        : combinedCommission(...parts);
  if (schedule.minimum !== undefined) model = withMinimum(model, schedule.minimum);
  if (schedule.maximum !== undefined) model = withMaximum(model, schedule.maximum);
  return model;
}

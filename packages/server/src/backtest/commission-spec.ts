/**
 * Commission schedules as one line of text, for flags and run configs: `none`, `0.1%` (of traded
 * value), `2/unit` (per unit or contract), `1/order` (per fill), joined with `+`
 * (`1/order+0.05%`). The names are TradingView's strategy.commission.percent,
 * cash_per_contract and cash_per_order. A Pine strategy takes one of them (`parsePineCommission`).
 */
import {
  type CommissionModel,
  type CommissionType,
  combinedCommission,
  InputError,
  NO_COMMISSION,
  percentCommission,
  perOrderCommission,
  perUnitCommission,
} from '@barwise/core';
import type { CommissionSetting } from './run-backtest.ts';

const PART = /^(\d+(?:\.\d+)?|\.\d+)\s*(%|\/unit|\/order)$/;

const PINE_TYPES: Readonly<Record<string, CommissionType>> = {
  '%': 'percent',
  '/unit': 'cash_per_contract',
  '/order': 'cash_per_order',
};

/** `where` names the flag or field in messages (`--commission`, `commission`). */
export function parseCommission(text: string, where: string): CommissionModel {
  const trimmed = text.trim();
  if (trimmed === 'none' || trimmed === '0') return NO_COMMISSION;
  const models = trimmed.split('+').map((part) => {
    const match = PART.exec(part.trim());
    if (!match)
      throw new InputError(
        `${where}: "${text}" is not a commission (use none, 0.1%, 2/unit, 1/order, or a sum like 1/order+0.1%)`,
      );
    const amount = Number(match[1]);
    if (match[2] === '%') return percentCommission(amount);
    return match[2] === '/unit' ? perUnitCommission(amount) : perOrderCommission(amount);
  });
  return models.length === 1 ? models[0]! : combinedCommission(...models);
}

/** The same text as one `strategy(commission_type, commission_value)` pair; `none` is 0 %. */
export function parsePineCommission(text: string, where: string): CommissionSetting {
  const trimmed = text.trim();
  if (trimmed === 'none' || trimmed === '0') return { type: 'percent', value: 0 };
  if (trimmed.includes('+'))
    throw new InputError(
      `${where}: "${text}" sums several schedules; a Pine strategy has one commission_type (use 0.1%, 2/unit or 1/order)`,
    );
  const match = PART.exec(trimmed);
  if (!match)
    throw new InputError(
      `${where}: "${text}" is not a commission (use none, 0.1%, 2/unit or 1/order)`,
    );
  return { type: PINE_TYPES[match[2]!]!, value: Number(match[1]) };
}

/** Margin requirements: a percent of position value (stocks, TradingView margin_long/short) or a fixed amount per contract (futures). */
import { assert } from '../../assert.ts';

/** Funds tied up by holding `qty` units (> 0) at `price`. */
export interface MarginModel {
  readonly name: string;
  required(qty: number, price: number, pointValue: number): number;
}

/** `percent` of the position's value: 100 = no leverage (TradingView margin_long = 100). */
export function percentMargin(percent = 100): MarginModel {
  assert(percent > 0, `margin percent must be > 0, got ${percent}`);
  const rate = percent / 100;
  return {
    name: `${percent}%`,
    required: (qty, price, pointValue) => qty * price * pointValue * rate,
  };
}

/** A fixed deposit per contract, as futures exchanges (and backtrader's `margin=`) set it. */
export function fixedMargin(perContract: number): MarginModel {
  assert(perContract > 0, `margin per contract must be > 0, got ${perContract}`);
  return { name: `${perContract}/contract`, required: (qty) => qty * perContract };
}

/**
 * Builds the broker emulator's settings from a script's `strategy(...)` declaration: arguments
 * keyed by Pine parameter name, constants as their last name part ("percent_of_equity", "percent").
 * Symbol properties (mintick, point value, quantity step, exchange time zone) come from the chart symbol.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy
 */
import type {
  BrokerConfig,
  CommissionType,
  QtyType,
} from '../../../engine/broker/broker-config.ts';
import { DEFAULT_BROKER_CONFIG } from '../../../engine/broker/broker-config.ts';
import type { SymbolInfo } from '../../../market/symbol-info.ts';
import { orderQtyStep } from './order-qty-step.ts';

export type StrategyArgs = Readonly<Record<string, string | number | boolean | null | undefined>>;

const QTY_TYPES: readonly QtyType[] = ['fixed', 'cash', 'percent_of_equity'];
const COMMISSION_TYPES: readonly CommissionType[] = [
  'percent',
  'cash_per_contract',
  'cash_per_order',
];

function num(args: StrategyArgs, name: string, fallback: number): number {
  const v = args[name];
  return typeof v === 'number' && !Number.isNaN(v) ? v : fallback;
}

function bool(args: StrategyArgs, name: string, fallback: boolean): boolean {
  const v = args[name];
  return typeof v === 'boolean' ? v : fallback;
}

function oneOf<T extends string>(
  args: StrategyArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = args[name];
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

export function strategyBrokerConfig(args: StrategyArgs, symbol: SymbolInfo): BrokerConfig {
  const d = DEFAULT_BROKER_CONFIG;
  const rule = args.close_entries_rule;
  return {
    initialCapital: num(args, 'initial_capital', d.initialCapital),
    pyramiding: num(args, 'pyramiding', d.pyramiding),
    defaultQtyType: oneOf(args, 'default_qty_type', QTY_TYPES, d.defaultQtyType),
    defaultQtyValue: num(args, 'default_qty_value', d.defaultQtyValue),
    commissionType: oneOf(args, 'commission_type', COMMISSION_TYPES, d.commissionType),
    commissionValue: num(args, 'commission_value', d.commissionValue),
    slippage: num(args, 'slippage', d.slippage),
    processOrdersOnClose: bool(args, 'process_orders_on_close', d.processOrdersOnClose),
    closeEntriesRule: typeof rule === 'string' && rule.toUpperCase() === 'ANY' ? 'ANY' : 'FIFO',
    marginLong: num(args, 'margin_long', d.marginLong),
    marginShort: num(args, 'margin_short', d.marginShort),
    fillLimitsAssumption: num(args, 'backtest_fill_limits_assumption', d.fillLimitsAssumption),
    useBarMagnifier: bool(args, 'use_bar_magnifier', d.useBarMagnifier),
    mintick: symbol.mintick,
    pointValue: symbol.pointValue,
    qtyStep: orderQtyStep(symbol),
    timezone: symbol.timezone,
  };
}

/** Test helpers: hand-made bars and a strategy that runs a script per bar index. */
import { type Bar, type Bars, barsFromRows } from '../../market/bars.ts';
import { symbolInfo } from '../../market/symbol-info.ts';
import { parseTimeframe } from '../../market/timeframe.ts';
import type { Fill } from '../kernel/execution-client.ts';
import type { Order } from '../orders/order.ts';
import type { Strategy, StrategyContext } from '../strategy/strategy.ts';

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** Daily bars from [open, high, low, close] rows, one per UTC day from 2024-01-01. */
export function dailyBars(
  rows: readonly (readonly [number, number, number, number])[],
  ticker = 'TEST',
  timeframe = '1D',
): Bars {
  const step = timeframe === '1D' ? DAY : 3_600_000;
  const list: Bar[] = rows.map(([open, high, low, close], i) => ({
    time: START + i * step,
    open,
    high,
    low,
    close,
    volume: 1000,
  }));
  return barsFromRows(symbolInfo(ticker), parseTimeframe(timeframe), list);
}

export interface ScriptLog {
  orders: Order[];
  fills: Fill[];
  /** Status of every order event, `id:status`. */
  events: string[];
}

/** A strategy running `script[step]` at each bar's close and logging order events. */
export function scripted(
  script: Record<number, (ctx: StrategyContext) => void>,
  log?: ScriptLog,
): Strategy {
  return {
    name: 'scripted',
    params: {},
    onBar: (ctx) => script[ctx.step]?.(ctx),
    onOrder: (_ctx, order) => log?.events.push(`${order.id}:${order.status}`),
    onFill: (_ctx, fill) => log?.fills.push(fill),
  };
}

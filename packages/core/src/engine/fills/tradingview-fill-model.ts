/**
 * The `tradingview` fill model: TypeScript strategies filled by the rules of TradingView's broker
 * emulator (TRADINGVIEW-SEMANTICS.md rules 1–3 and 8), with the emulator's own code for the
 * intrabar path, order triggers, the mintick grid and slippage, so a Pine strategy and its
 * TypeScript port fill alike.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strategies/#broker-emulator
 */
import type { Bars } from '../../market/bars.ts';
import {
  advanceStopLimit,
  emptyTrigger,
  orderTrigger,
  TriggerKind,
  type TriggerOrder,
} from '../broker/fill-triggers.ts';
import { limitOnGrid, slipTicks, stopOnGrid } from '../broker/price-grid.ts';
import { PricePath } from '../broker/price-path.ts';
import type { OrderState } from '../orders/order.ts';
import type { FillDecision, FillModel, FillPhase, FillRule } from './fill-model.ts';

export interface TradingViewFillOptions {
  /** `strategy(slippage)`: whole ticks against the trader on market and stop fills; default 0. */
  readonly slippageTicks?: number;
  /** `strategy(backtest_fill_limits_assumption)`: ticks the price must trade through a limit; default 0. */
  readonly fillLimitsAssumption?: number;
  /** `strategy(process_orders_on_close)`: orders placed at a bar's close may fill at that close; default false. */
  readonly processOrdersOnClose?: boolean;
}

/**
 * - Orders placed at a bar's close work from the next bar: market orders fill at its open, price
 *   orders where the path open → nearer extreme → other extreme → close first reaches their
 *   level, on the mintick grid (buy limits and sell stops rounded down, the others up); an open
 *   already through the level fills at the open.
 * - With `processOrdersOnClose`, market orders fill at the close of the bar that placed them and
 *   price orders there when the close satisfies them.
 * - Slippage moves market and stop fills, never limit fills; stop-limits arm at their stop.
 * - A trailing stop works at the level it has trailed to by the bar's open (the exchange moves it
 *   between bars); TradingView's tick-by-tick trail belongs to Pine's `strategy.exit`.
 */
export class TradingViewFillModel implements FillModel {
  readonly name = 'tradingview';
  readonly options: Readonly<Record<string, unknown>>;
  readonly fillsOnClose: boolean;
  private readonly slippageTicks: number;
  private readonly limitTicks: number;
  private readonly path = new PricePath();
  private readonly trigger = emptyTrigger();
  /** The order as the emulator's trigger code reads it (reused, no allocation per decision). */
  private readonly levels: TriggerOrder = {
    side: 1,
    limit: Number.NaN,
    stop: Number.NaN,
    stopTriggered: false,
  };

  constructor(options: TradingViewFillOptions = {}) {
    this.slippageTicks = options.slippageTicks ?? 0;
    this.limitTicks = options.fillLimitsAssumption ?? 0;
    this.fillsOnClose = options.processOrdersOnClose ?? false;
    this.options = {
      slippageTicks: this.slippageTicks,
      fillLimitsAssumption: this.limitTicks,
      processOrdersOnClose: this.fillsOnClose,
    };
  }

  decide(order: OrderState, bars: Bars, i: number, phase: FillPhase, out: FillDecision): boolean {
    const tick = bars.symbol.mintick;
    const buy = order.side === 'buy';
    const o = this.levels;
    o.side = buy ? 1 : -1;
    o.limit = hasLimit(order) ? limitOnGrid(order.limit, buy, tick) : Number.NaN;
    o.stop = hasStop(order) ? stopOnGrid(order.stop, buy, tick) : Number.NaN;
    o.stopTriggered = order.triggered;
    // At the close the whole path is the close itself: a level fills there only if the close satisfies it.
    const close = bars.close[i]!;
    const path =
      phase === 'close'
        ? this.path.load(close, close, close, close)
        : this.path.load(bars.open[i]!, bars.high[i]!, bars.low[i]!, close);
    const t = orderTrigger(o, path, 0, this.limitTicks * tick, this.trigger);
    if (t.place < 0) {
      if (order.type === 'stop-limit') {
        advanceStopLimit(o, path, 0, 3);
        order.triggered = o.stopTriggered;
      }
      return false;
    }
    const slipped = t.kind !== TriggerKind.Limit && this.slippageTicks > 0;
    out.price = slipped ? slipTicks(t.price, buy, this.slippageTicks, tick) : t.price;
    out.slippage = Math.abs(out.price - t.price);
    out.position = phase === 'close' ? 3 : t.place;
    out.qty = Number.NaN;
    out.rule = ruleOf(t.kind, phase, t.place);
    return true;
  }
}

function hasLimit(order: OrderState): boolean {
  return order.type === 'limit' || order.type === 'stop-limit';
}

function hasStop(order: OrderState): boolean {
  return order.type === 'stop' || order.type === 'stop-limit' || order.type === 'trailing-stop';
}

function ruleOf(kind: TriggerKind, phase: FillPhase, place: number): FillRule {
  if (kind === TriggerKind.Market) return phase === 'close' ? 'market-on-close' : 'market-at-open';
  const type = kind === TriggerKind.Limit ? 'limit' : 'stop';
  if (phase === 'close') return `${type}-on-close`;
  return place === 0 ? `${type}-at-open` : `${type}-at-level`;
}

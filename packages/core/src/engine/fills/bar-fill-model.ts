/** The `next-open` and `on-close` fill models: market orders at the next open or at the close, price orders on the intrabar path. */
import type { Bars } from '../../market/bars.ts';
import { PricePath } from '../broker/price-path.ts';
import type { OrderState } from '../orders/order.ts';
import type { FillDecision, FillModel, FillPhase, FillRule } from './fill-model.ts';

/**
 * One class, two models (TRADINGVIEW-SEMANTICS.md rules 1–3):
 * - `next-open`: orders created at a bar's close work from the next bar; market orders fill at its
 *   open, price orders where the intrabar path first reaches them (at the open after a gap).
 * - `on-close` (`process_orders_on_close`): market orders fill at the close of the bar that created
 *   them; price orders fill there if the close satisfies them, else work from the next bar as above.
 * No slippage, no partial fills: every fill is for the order's whole quantity.
 */
export class BarFillModel implements FillModel {
  readonly fillsOnClose: boolean;
  private readonly path = new PricePath();

  constructor(readonly name: 'next-open' | 'on-close') {
    this.fillsOnClose = name === 'on-close';
  }

  decide(order: OrderState, bars: Bars, i: number, phase: FillPhase, out: FillDecision): boolean {
    out.qty = Number.NaN;
    out.slippage = 0;
    const buy = order.side === 'buy';
    if (phase === 'close') return this.onClose(order, bars.close[i]!, buy, out);
    const path = this.path.load(bars.open[i]!, bars.high[i]!, bars.low[i]!, bars.close[i]!);
    switch (order.type) {
      case 'market':
        return set(out, bars.open[i]!, 0, 'market-at-open');
      case 'limit':
        return this.touch(path, order.limit, !buy, 0, 'limit', out);
      case 'stop':
      case 'trailing-stop':
        return this.touch(path, order.stop, buy, 0, 'stop', out);
      case 'stop-limit': {
        let from = 0;
        if (!order.triggered) {
          from = path.firstReach(order.stop, buy, 0);
          if (from < 0) return false;
          // The stop arms the limit from the trigger point on; an open through both fills at the open.
          order.triggered = true;
        }
        return this.touch(path, order.limit, !buy, from, 'limit', out);
      }
    }
  }

  /** Fills at the first touch of `level` (`above`: price >= level) from position `from`. */
  private touch(
    path: PricePath,
    level: number,
    above: boolean,
    from: number,
    kind: 'limit' | 'stop',
    out: FillDecision,
  ): boolean {
    const at = path.firstReach(level, above, from);
    if (at < 0) return false;
    if (at === 0) return set(out, path.points[0]!, 0, `${kind}-at-open`);
    // Touched exactly at the start of a later segment (e.g. the arming point of a stop-limit).
    const price = at === from ? path.priceAt(at) : level;
    return set(out, price, at, `${kind}-at-level`);
  }

  private onClose(order: OrderState, close: number, buy: boolean, out: FillDecision): boolean {
    switch (order.type) {
      case 'market':
        return set(out, close, 3, 'market-on-close');
      case 'limit':
        return (
          (buy ? close <= order.limit : close >= order.limit) &&
          set(out, close, 3, 'limit-on-close')
        );
      case 'stop':
      case 'trailing-stop':
        return (
          (buy ? close >= order.stop : close <= order.stop) && set(out, close, 3, 'stop-on-close')
        );
      case 'stop-limit': {
        const stopped = buy ? close >= order.stop : close <= order.stop;
        if (!stopped) return false;
        order.triggered = true;
        return (
          (buy ? close <= order.limit : close >= order.limit) &&
          set(out, close, 3, 'limit-on-close')
        );
      }
    }
  }
}

function set(out: FillDecision, price: number, position: number, rule: FillRule): true {
  out.price = price;
  out.position = position;
  out.rule = rule;
  return true;
}

/** Creates a fill model by its recorded name. */
export function fillModel(name: 'next-open' | 'on-close'): FillModel {
  return new BarFillModel(name);
}

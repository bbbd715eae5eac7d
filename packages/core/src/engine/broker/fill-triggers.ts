/**
 * Where on a bar's price path a working order triggers and at what price (TRADINGVIEW-SEMANTICS.md
 * rules 2, 3, 8, 12): limits at their level or better, stops at their level or worse, orders
 * already through the market fill at once at the current price (a gap fills at the open), trailing
 * stops follow the best price once their activation level has traded.
 * @see https://www.tradingview.com/pine-script-docs/concepts/strategies/#order-types
 */
import type { ExitLeg, PendingOrder } from './orders.ts';
import type { PricePath } from './price-path.ts';

/** What a trigger reads of an order: the broker emulator's pending orders, or the TS engine's through the tradingview fill model. */
export type TriggerOrder = Pick<PendingOrder, 'side' | 'limit' | 'stop' | 'stopTriggered'>;

/** Kind of trigger: ties at one place fill market first, then stop, trailing stop, limit. */
export enum TriggerKind {
  Market = 0,
  Stop = 1,
  Trail = 2,
  Limit = 3,
}

/** Scratch result, reused to avoid allocation: `place` is -1 when the order does not trigger. */
export interface Trigger {
  place: number;
  price: number;
  kind: TriggerKind;
}

export function emptyTrigger(): Trigger {
  return { place: -1, price: Number.NaN, kind: TriggerKind.Market };
}

function set(out: Trigger, place: number, price: number, kind: TriggerKind): Trigger {
  out.place = place;
  out.price = price;
  out.kind = kind;
  return out;
}

/** A level is reached at `place`; at the starting place the market is already through it. */
function levelFill(path: PricePath, place: number, from: number, level: number): number {
  return place === from ? path.priceAt(from) : level;
}

/**
 * Trigger of a pending entry/order/close from place `from`. `limitSlack` is
 * `backtest_fill_limits_assumption` in price units: the price must trade that far through a limit.
 */
export function orderTrigger(
  order: TriggerOrder,
  path: PricePath,
  from: number,
  limitSlack: number,
  out: Trigger,
): Trigger {
  const buy = order.side === 1;
  const hasLimit = !Number.isNaN(order.limit);
  const hasStop = !Number.isNaN(order.stop) && !order.stopTriggered;
  if (!hasLimit && !hasStop) return set(out, from, path.priceAt(from), TriggerKind.Market);
  let start = from;
  if (hasStop) {
    const s = path.firstReach(order.stop, buy, from);
    if (s < 0) return set(out, -1, Number.NaN, TriggerKind.Stop);
    if (!hasLimit) return set(out, s, levelFill(path, s, from, order.stop), TriggerKind.Stop);
    start = s;
  }
  // A limit (or the limit of a triggered stop-limit): at its level or better.
  const slackLevel = buy ? order.limit - limitSlack : order.limit + limitSlack;
  const l = path.firstReach(slackLevel, !buy, start);
  if (l < 0) return set(out, -1, Number.NaN, TriggerKind.Limit);
  if (l !== start) return set(out, l, order.limit, TriggerKind.Limit);
  // Already better than the limit: fills at once at the market (the open, or the stop just traded).
  const market = start === from ? path.priceAt(from) : order.stop;
  return set(out, l, market, TriggerKind.Limit);
}

/** Marks a stop-limit whose stop traded between `from` and `to` as a working limit. */
export function advanceStopLimit(
  order: TriggerOrder,
  path: PricePath,
  from: number,
  to: number,
): void {
  if (order.stopTriggered || Number.isNaN(order.stop) || Number.isNaN(order.limit)) return;
  const s = path.firstReach(order.stop, order.side === 1, from);
  if (s >= 0 && s <= to) order.stopTriggered = true;
}

/**
 * Trigger of an exit leg from place `from`. The leg closes a trade of direction `leg.trade.side`,
 * so its limit sits on the favourable side and its stop on the adverse side of the price.
 */
export function legTrigger(leg: ExitLeg, path: PricePath, from: number, out: Trigger): Trigger {
  const long = leg.trade.side === 1;
  let best = set(out, -1, Number.NaN, TriggerKind.Stop);
  let place = -1;
  let price = Number.NaN;
  let kind = TriggerKind.Stop;
  const consider = (p: number, pr: number, k: TriggerKind) => {
    if (p < 0) return;
    if (place < 0 || p < place || (p === place && k < kind)) {
      place = p;
      price = pr;
      kind = k;
    }
  };
  if (!Number.isNaN(leg.stop)) {
    const s = path.firstReach(leg.stop, !long, from);
    consider(s, levelFill(path, s, from, leg.stop), TriggerKind.Stop);
  }
  if (!Number.isNaN(leg.limit)) {
    const l = path.firstReach(leg.limit, long, from);
    consider(l, levelFill(path, l, from, leg.limit), TriggerKind.Limit);
  }
  if (!Number.isNaN(leg.trailActivation)) {
    const t = trailWalk(leg, path, from, 3, false);
    if (t >= 0) consider(t, trailFillPrice, TriggerKind.Trail);
  }
  if (place >= 0) best = set(out, place, price, kind);
  return best;
}

/** Interpolated path prices carry float noise; a level this close counts as reached. */
const LEVEL_EPSILON = 1e-9;

/** Price of the last trailing-stop trigger found by `trailWalk` (module scratch, no allocation). */
let trailFillPrice = Number.NaN;

/**
 * Walks a trailing stop from `from` to `to`: activation when the price reaches `trailActivation`,
 * then the stop sits `trailDistance` behind the best price and triggers when the price comes back
 * to it. Returns the trigger place or -1. With `commit` it stores the trailing state reached at `to`
 * (call it with the place of the event that actually happened).
 */
export function trailWalk(
  leg: ExitLeg,
  path: PricePath,
  from: number,
  to: number,
  commit: boolean,
): number {
  const d = leg.trade.side;
  let active = leg.trailActive;
  let best = leg.trailBest;
  let place = from;
  const fav = (price: number) => price * d;
  if (!active) {
    const a = path.firstReach(leg.trailActivation, d === 1, place);
    if (a < 0 || a > to) return -1;
    active = true;
    const at = path.priceAt(a);
    best = a === from ? at : leg.trailActivation;
    place = a;
  }
  let result = -1;
  while (place <= to) {
    const now = path.priceAt(place);
    if (fav(now) > fav(best)) best = now;
    const stop = best - leg.trailDistance * d;
    if (fav(now) <= fav(stop) + LEVEL_EPSILON) {
      result = place;
      trailFillPrice = place === from ? now : stop;
      break;
    }
    if (place >= 3 || place >= to) break;
    const k = Math.min(Math.floor(place), 2);
    const end = Math.min(k + 1, to);
    const endPrice = path.priceAt(end);
    if (fav(endPrice) > fav(best)) {
      best = endPrice;
    } else {
      const hit = path.firstReach(stop, d !== 1, place);
      if (hit >= 0 && hit <= end) {
        result = hit;
        trailFillPrice = hit === from ? path.priceAt(hit) : stop;
        break;
      }
    }
    place = end;
  }
  if (commit) {
    leg.trailActive = active;
    leg.trailBest = best;
  }
  return result;
}

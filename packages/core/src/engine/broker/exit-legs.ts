/**
 * Turns a `strategy.exit` rule into the orders it holds for one trade: levels from prices or from
 * ticks off the trade's entry price (the nearer one wins when both are given), rounded to the
 * mintick grid the way the price must travel to reach them, and the quantity the call reserves.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy.exit
 */
import type { BrokerConfig } from './broker-config.ts';
import type { OpenTrade } from './open-trade.ts';
import type { ExitLeg, ExitRule } from './orders.ts';
import { ceilToTick, floorToStep, floorToTick } from './price-grid.ts';

/** The nearer of a price level and a tick distance, on the favourable (+1) or adverse (-1) side of the entry. */
function level(
  price: number,
  ticks: number,
  trade: OpenTrade,
  sideSign: 1 | -1,
  tick: number,
): number {
  const fromTicks = Number.isNaN(ticks)
    ? Number.NaN
    : trade.entryPrice + trade.side * sideSign * ticks * tick;
  if (Number.isNaN(price)) return fromTicks;
  if (Number.isNaN(fromTicks)) return price;
  const nearer = (fromTicks - price) * trade.side * sideSign < 0 ? fromTicks : price;
  return nearer;
}

/** Rounds a level hit when the price rises up, one hit when it falls down. */
function onGrid(price: number, rising: boolean, tick: number): number {
  return rising ? ceilToTick(price, tick) : floorToTick(price, tick);
}

/** Sets the limit, stop and trailing levels of `leg` from its rule and trade. */
export function applyLegLevels(leg: ExitLeg, config: BrokerConfig): void {
  const { rule, trade } = leg;
  const tick = config.mintick;
  const long = trade.side === 1;
  leg.limit = onGrid(level(rule.limitPrice, rule.profitTicks, trade, 1, tick), long, tick);
  leg.stop = onGrid(level(rule.stopPrice, rule.lossTicks, trade, -1, tick), !long, tick);
  // Trailing distances are whole ticks (fractional tick counts round up).
  const points = Number.isNaN(rule.trailPoints) ? Number.NaN : Math.ceil(rule.trailPoints - 1e-9);
  leg.trailActivation = onGrid(level(rule.trailPrice, points, trade, 1, tick), long, tick);
  const offset = Number.isNaN(rule.trailOffset) ? 0 : Math.ceil(rule.trailOffset - 1e-9);
  leg.trailDistance = offset * tick;
}

/**
 * Contracts the rule reserves on `trade` when `reserved` are already held by earlier exits:
 * `qty`, or `qty_percent` of the trade, or everything left; never more than is left.
 */
export function legQuantity(
  rule: ExitRule,
  trade: OpenTrade,
  reserved: number,
  step: number,
): number {
  const left = Math.max(0, trade.qty - reserved);
  if (!Number.isNaN(rule.qty)) return Math.min(rule.qty, left);
  if (!Number.isNaN(rule.qtyPercent)) {
    const part = floorToStep((trade.qty * rule.qtyPercent) / 100, step);
    return Math.min(part, left);
  }
  return left;
}

export function newLeg(
  rule: ExitRule,
  trade: OpenTrade,
  qty: number,
  config: BrokerConfig,
): ExitLeg {
  const leg: ExitLeg = {
    rule,
    trade,
    qty,
    limit: Number.NaN,
    stop: Number.NaN,
    trailActivation: Number.NaN,
    trailDistance: 0,
    trailActive: false,
    trailBest: Number.NaN,
    done: false,
  };
  applyLegLevels(leg, config);
  return leg;
}

/** True when the rule has at least one order to hold (TradingView ignores an exit without levels). */
export function ruleHasLevels(rule: ExitRule): boolean {
  return [
    rule.limitPrice,
    rule.profitTicks,
    rule.stopPrice,
    rule.lossTicks,
    rule.trailPrice,
    rule.trailPoints,
  ].some((v) => !Number.isNaN(v));
}

/**
 * A leg armed by the script at the close starts trailing from that close: when the close is already
 * past the activation level the stop trails from it (corpus bracket-trail-points-with-offset-only-01:
 * entry 1595.16, activation 80 ticks higher, close 1597.35 → the next bar exits at 1597.35 − 40 ticks).
 */
export function startTrailAt(leg: ExitLeg, price: number): void {
  if (Number.isNaN(leg.trailActivation) || leg.trailActive) return;
  if ((price - leg.trailActivation) * leg.trade.side >= 0) {
    leg.trailActive = true;
    leg.trailBest = price;
  }
}

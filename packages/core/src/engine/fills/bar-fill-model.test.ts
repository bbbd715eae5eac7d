import { describe, expect, it } from 'vitest';
import { barsFromRows } from '../../market/bars.ts';
import { symbolInfo } from '../../market/symbol-info.ts';
import { parseTimeframe } from '../../market/timeframe.ts';
import { PricePath } from '../broker/price-path.ts';
import type { OrderSide, OrderState, OrderType } from '../orders/order.ts';
import { BarFillModel } from './bar-fill-model.ts';
import { emptyDecision } from './fill-model.ts';

// Hand-worked bar O=100 H=110 L=95 C=105. The low is nearer the open (5 < 10), so TradingView's
// intrabar path (TRADINGVIEW-SEMANTICS.md rule 2) is 100 → 95 → 110 → 105; positions 0..3.
const BAR = barsFromRows(symbolInfo('T'), parseTimeframe('1D'), [
  { time: 0, open: 100, high: 110, low: 95, close: 105, volume: 1 },
]);

function order(
  side: OrderSide,
  type: OrderType,
  prices: { limit?: number; stop?: number } = {},
): OrderState {
  return {
    id: 1,
    symbol: 'T',
    side,
    type,
    qty: 1,
    limit: prices.limit ?? Number.NaN,
    stop: prices.stop ?? Number.NaN,
    trailOffset: Number.NaN,
    tif: 'GTC',
    reduceOnly: false,
    takeProfit: Number.NaN,
    stopLoss: Number.NaN,
    ocoGroup: '',
    parentId: 0,
    tag: '',
    status: 'pending',
    createdBar: 0,
    createdTime: 0,
    filledQty: 0,
    avgFillPrice: Number.NaN,
    updatedTime: 0,
    reason: '',
    triggered: false,
    extreme: Number.NaN,
    evaluations: 0,
    firstEvaluationDay: Number.NaN,
    fillableOnClose: true,
  };
}

const decide = (o: OrderState, phase: 'bar' | 'close') => {
  const out = emptyDecision();
  return new BarFillModel('next-open').decide(o, BAR, 0, phase, out) ? out : undefined;
};

describe('BarFillModel on the bar 100/110/95/105 (path 100 → 95 → 110 → 105)', () => {
  it.each([
    ['market at the open', order('buy', 'market'), 100, 'market-at-open', 0],
    [
      'buy limit 97 touched on the way down',
      order('buy', 'limit', { limit: 97 }),
      97,
      'limit-at-level',
      0.6,
    ],
    [
      'buy limit 101 already better than the open',
      order('buy', 'limit', { limit: 101 }),
      100,
      'limit-at-open',
      0,
    ],
    [
      'sell limit 108 touched on the way up',
      order('sell', 'limit', { limit: 108 }),
      108,
      'limit-at-level',
      1 + 13 / 15,
    ],
    [
      'buy stop 108 touched on the way up',
      order('buy', 'stop', { stop: 108 }),
      108,
      'stop-at-level',
      1 + 13 / 15,
    ],
    [
      'buy stop 99 already through at the open',
      order('buy', 'stop', { stop: 99 }),
      100,
      'stop-at-open',
      0,
    ],
    [
      'sell stop 96 touched on the way down',
      order('sell', 'stop', { stop: 96 }),
      96,
      'stop-at-level',
      0.8,
    ],
    [
      'buy stop-limit 108/109 fills at the trigger',
      order('buy', 'stop-limit', { stop: 108, limit: 109 }),
      108,
      'limit-at-level',
      1 + 13 / 15,
    ],
  ] as const)('%s → %d', (_, o, price, rule, position) => {
    const d = decide(o, 'bar');
    expect(d?.price).toBe(price);
    expect(d?.rule).toBe(rule);
    expect(d?.position).toBeCloseTo(position, 12);
  });

  it.each([
    ['buy limit 90 below the low', order('buy', 'limit', { limit: 90 })],
    ['sell stop 94 below the low', order('sell', 'stop', { stop: 94 })],
    [
      'buy stop-limit 108/104: armed at 108, price never returns to 104',
      order('buy', 'stop-limit', { stop: 108, limit: 104 }),
    ],
  ])('%s: no fill', (_, o) => {
    expect(decide(o, 'bar')).toBeUndefined();
  });

  // process_orders_on_close (rule 1): market at the close; price orders only if the close satisfies them.
  it.each([
    ['market', order('buy', 'market'), 105, 'market-on-close'],
    ['buy limit 106', order('buy', 'limit', { limit: 106 }), 105, 'limit-on-close'],
    ['sell stop 106', order('sell', 'stop', { stop: 106 }), 105, 'stop-on-close'],
    ['buy limit 104', order('buy', 'limit', { limit: 104 }), undefined, undefined],
  ] as const)('at the close: %s → %s', (_, o, price, rule) => {
    const d = decide(o, 'close');
    expect(d?.price).toBe(price);
    expect(d?.rule).toBe(rule);
  });
});

describe("PricePath (the broker emulator's intrabar path, shared by the fill models)", () => {
  // Open nearer the high goes up first: 100 → 102 → 90 → 95; a tie goes to the low first.
  it('orders the extremes by distance from the open', () => {
    expect([...new PricePath().load(100, 102, 90, 95).points]).toEqual([100, 102, 90, 95]);
    expect([...new PricePath().load(100, 110, 95, 105).points]).toEqual([100, 95, 110, 105]);
    expect([...new PricePath().load(100, 105, 95, 101).points]).toEqual([100, 95, 105, 101]);
  });

  it.each([
    [101, true, 0, 0.5],
    [91, false, 0, 1 + 11 / 12],
    [94, true, 2, 2.8],
    [120, true, 0, -1],
  ])(
    'first reach of %d (up=%s) from %d is at %d on 100 → 102 → 90 → 95',
    (level, up, from, expected) => {
      expect(new PricePath().load(100, 102, 90, 95).firstReach(level, up, from)).toBeCloseTo(
        expected,
        12,
      );
    },
  );
});

/**
 * Replays PineForge corpus probes (TradingView's own "List of Trades" exports) through the Pine
 * `strategy` namespace: each probe's Pine logic is written by hand below in the same order as its
 * strategy.pine, and every TradingView trade row must come out identical (fill bar time, signal,
 * price, size). The corpus is git-ignored: without it these tests skip.
 * TradingView's chart starts 2025-03-31 00:00 UTC for these exports; earlier bars only warm up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokerConfig } from '../../../engine/broker/broker-config.ts';
import { BrokerEmulator } from '../../../engine/broker/broker-emulator.ts';
import { readCorpusBars } from '../../../engine/broker/test-support/eth-bars.ts';
import type { TradeRow } from '../../../engine/broker/test-support/tv-trade-list.ts';
import {
  brokerTradeRows,
  parseTradeList,
  tradeRowMismatches,
} from '../../../engine/broker/test-support/tv-trade-list.ts';
import type { Bars } from '../../../market/bars.ts';
import { corpusDir } from '../../test-support/corpora.ts';
import type { StrategyArgs } from './strategy-config.ts';
import { strategyBrokerConfig } from './strategy-config.ts';
import { PineStrategy } from './strategy-namespace.ts';

const corpus = corpusDir('pineforge-corpus');
const CHART_START = Date.UTC(2025, 2, 31);
const TICK = 0.01;

interface BarView {
  i: number;
  hour: number;
  minute: number;
  dayofweek: number;
  high: number;
  low: number;
  close: number;
}
type Script = (s: PineStrategy, bar: BarView) => void;

let bars: Bars | undefined;
function corpusBars(): Bars {
  bars ??= readCorpusBars(join(corpus!, 'data/ohlcv_ETH-USDT-USDT_15m_warmup6m.csv'));
  return bars;
}

function replay(
  probe: string,
  args: StrategyArgs,
  script: Script,
): { tv: TradeRow[]; ours: TradeRow[] } {
  const b = corpusBars();
  const config = { ...strategyBrokerConfig(args, b.symbol) };
  const strategy = new PineStrategy(new BrokerEmulator(brokerConfig(config), b), 'USD');
  const view: BarView = { i: 0, hour: 0, minute: 0, dayofweek: 0, high: 0, low: 0, close: 0 };
  for (let i = 0; i < b.length; i++) {
    strategy.broker.beforeScript(i);
    const t = b.time[i]!;
    if (t >= CHART_START) {
      const d = new Date(t);
      Object.assign(view, {
        i,
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        dayofweek: d.getUTCDay() + 1,
        high: b.high[i]!,
        low: b.low[i]!,
        close: b.close[i]!,
      });
      script(strategy, view);
    }
    strategy.broker.afterScript(i);
  }
  const text = readFileSync(join(corpus!, 'validation', probe, 'tv_trades.csv'), 'utf8');
  const tv = parseTradeList(text, 8);
  // TradingView's export ends at its last chart bar: its still-open trade is not compared.
  const open = new Set(tv.filter((r) => r.signal === 'Open').map((r) => r.trade));
  const lastClosed = tv.filter((r) => !open.has(r.trade));
  return { tv: lastClosed, ours: brokerTradeRows(strategy.broker) };
}

const FIXED = {
  initial_capital: 1_000_000,
  commission_type: 'percent',
  commission_value: 0,
  slippage: 0,
  default_qty_type: 'fixed',
  default_qty_value: 1,
  pyramiding: 1,
} as const;

const probes: [string, StrategyArgs, Script][] = [
  [
    'order-close-all-cancel-all-01',
    { ...FIXED, pyramiding: 2 },
    (s, b) => {
      if (b.hour === 4 && b.minute === 15) {
        s.entry('PENDING_L', 'long', 1, b.close * 0.8, undefined, null, null, 'pending low');
        s.entry('PENDING_S', 'short', 1, b.close * 1.2, undefined, null, null, 'pending high');
      }
      if (b.hour === 4 && b.minute === 30) s.cancel_all();
      if (b.hour === 5 && b.minute === 15 && s.position_size === 0)
        s.entry('A', 'long', 1, undefined, undefined, null, null, 'first');
      if (b.hour === 5 && b.minute === 45 && s.position_size > 0)
        s.entry('B', 'long', 1, undefined, undefined, null, null, 'second');
      if (b.hour === 6 && b.minute === 15 && s.position_size !== 0)
        s.close_all('global flat', null, true);
    },
  ],
  [
    'order-close-immediate-vs-next-bar-01',
    FIXED,
    (s, b) => {
      if (b.hour === 2 && b.minute === 15 && s.position_size === 0)
        s.entry('NEXT', 'long', 1, undefined, undefined, null, null, 'normal close case');
      if (b.hour === 3 && b.minute === 15 && s.position_size > 0) s.close('NEXT', 'normal close');
      if (b.hour === 10 && b.minute === 15 && s.position_size === 0)
        s.entry('IMM', 'long', 1, undefined, undefined, null, null, 'immediate close case');
      if (b.hour === 11 && b.minute === 15 && s.position_size > 0)
        s.close('IMM', 'immediate close', undefined, undefined, null, true);
    },
  ],
  [
    'order-dual-stop-both-touch-priority-01',
    FIXED,
    (s, b) => {
      if (b.hour === 2 && b.minute === 45 && s.position_size === 0) {
        s.entry('LE', 'long', undefined, undefined, b.close * 1.002, null, null, 'near long stop');
        s.entry(
          'SE',
          'short',
          undefined,
          undefined,
          b.close * 0.998,
          null,
          null,
          'near short stop',
        );
      }
      if (s.position_size !== 0 && b.hour === 6 && b.minute === 15) s.close_all('morning flat');
      if (b.hour === 14 && b.minute === 45 && s.position_size === 0) {
        s.entry(
          'LE2',
          'long',
          undefined,
          undefined,
          b.close * 1.004,
          null,
          null,
          'farther long stop',
        );
        s.entry(
          'SE2',
          'short',
          undefined,
          undefined,
          b.close * 0.996,
          null,
          null,
          'farther short stop',
        );
      }
      if (s.position_size !== 0 && b.hour === 18 && b.minute === 15) s.close_all('evening flat');
    },
  ],
  [
    'order-opposite-entry-close-same-pass-01',
    FIXED,
    (s, b) => {
      if (b.hour === 0 && b.minute === 15 && s.position_size === 0)
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'open long');
      if (b.hour === 0 && b.minute === 45 && s.position_size > 0) {
        s.entry('S', 'short', 1, undefined, b.low - TICK, null, null, 'opposite stop first');
        s.close('L', 'close long second');
      }
      if (b.hour === 6 && b.minute === 15 && s.position_size === 0)
        s.entry('L2', 'long', 1, undefined, undefined, null, null, 'open long2');
      if (b.hour === 6 && b.minute === 45 && s.position_size > 0) {
        s.close('L2', 'close long first');
        s.entry('S2', 'short', 1, undefined, b.low - TICK, null, null, 'opposite stop second');
      }
      if (b.hour === 12 && b.minute === 15 && s.position_size < 0) s.close_all('cleanup short');
    },
  ],
  [
    'bracket-exit-tp-sl-fixed-01',
    FIXED,
    (s, b) => {
      if (b.hour === 0 && b.minute === 15 && s.position_size === 0)
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'periodic long');
      if (s.position_size > 0) {
        const e = s.position_avg_price;
        s.exit(
          'LX',
          'L',
          undefined,
          undefined,
          undefined,
          e * 1.004,
          undefined,
          e * 0.996,
          undefined,
          undefined,
          undefined,
          null,
          'bracket',
        );
      }
      if (s.position_size > 0 && b.hour === 6 && b.minute === 15) s.close('L', 'timeout');
    },
  ],
  [
    'bracket-partial-exit-qty-percent-01',
    { ...FIXED, default_qty_value: 2 },
    (s, b) => {
      if (b.hour === 1 && b.minute === 15 && s.position_size === 0)
        s.entry('L', 'long', 2, undefined, undefined, null, null, 'two lots');
      if (s.position_size > 0) {
        const e = s.position_avg_price;
        s.exit(
          'HALF_TP',
          'L',
          undefined,
          50,
          undefined,
          e * 1.003,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          null,
          'half tp',
        );
        s.exit(
          'REST_SL',
          'L',
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          e * 0.994,
          undefined,
          undefined,
          undefined,
          null,
          'rest stop',
        );
      }
      if (s.position_size > 0 && b.hour === 9 && b.minute === 15) s.close('L', 'timeout');
    },
  ],
  [
    'bracket-trail-points-with-offset-only-01',
    FIXED,
    (s, b) => {
      if (b.hour === 9 && b.minute === 15 && s.position_size === 0)
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'trail long');
      if (b.hour === 15 && b.minute === 15 && s.position_size === 0)
        s.entry('S', 'short', 1, undefined, undefined, null, null, 'trail short');
      if (s.position_size > 0)
        s.exit(
          'LX',
          'L',
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          80,
          40,
          null,
          'trail long',
        );
      if (s.position_size < 0)
        s.exit(
          'SX',
          'S',
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          80,
          40,
          null,
          'trail short',
        );
      if (s.position_size !== 0 && b.hour === 23 && b.minute === 45) s.close_all('timeout');
    },
  ],
  [
    'cap-risk-gates-allow-max-intraday-01',
    { ...FIXED, pyramiding: 10 },
    (s, b) => {
      s.risk.allow_entry_in('long');
      s.risk.max_position_size(2);
      s.risk.max_intraday_filled_orders(3);
      if (b.hour === 0 && b.minute === 15)
        s.entry('L1', 'long', 1, undefined, undefined, null, null, 'first long');
      if (b.hour === 0 && b.minute === 30)
        s.entry('L2', 'long', 1, undefined, undefined, null, null, 'second long');
      if (b.hour === 0 && b.minute === 45)
        s.entry('L3', 'long', 1, undefined, undefined, null, null, 'third long');
      if (b.hour === 1 && b.minute === 0)
        s.entry('S_BLOCKED', 'short', 1, undefined, undefined, null, null, 'blocked short');
      if (b.hour === 3 && b.minute === 0 && s.position_size !== 0) s.close_all('daily reset');
    },
  ],
  [
    'order-deferred-flip-pooc-cross-bar-01',
    { ...FIXED, process_orders_on_close: true },
    (s, b) => {
      const isDown = b.hour === 8 && b.minute === 0;
      const isUp = b.hour === 14 && b.minute === 0;
      if (isDown) {
        s.entry('SE', 'short', 1, undefined, b.high * 10, null, null, 'open-guaranteed short');
        s.cancel('LE');
      }
      if (isUp) {
        s.entry('LE', 'long', 1, undefined, b.low * 0.1, null, null, 'open-guaranteed long');
        s.cancel('SE');
      }
      if (isDown && s.position_size > 0) s.close('LE', 'flip flat long');
      if (isUp && s.position_size < 0) s.close('SE', 'flip flat short');
      if (b.dayofweek === 2 && b.hour === 0 && b.minute === 0 && s.position_size !== 0)
        s.close_all('weekly reset');
    },
  ],
  [
    'pyramid-close-id-grouping-01',
    { ...FIXED, pyramiding: 3 },
    (s, b) => {
      const at = (h: number, m: number) => b.hour === h && b.minute === m;
      if (at(0, 15) && s.position_size === 0)
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'lot 1');
      if (at(0, 30) && s.position_size > 0)
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'lot 2');
      if (at(0, 45) && s.position_size > 0)
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'lot 3');
      if (at(1, 15) && s.position_size > 0) s.close('L', 'close all L');
      if (at(12, 15) && s.position_size === 0)
        s.entry('S', 'short', 1, undefined, undefined, null, null, 'short lot 1');
      if (at(12, 30) && s.position_size < 0)
        s.entry('S', 'short', 1, undefined, undefined, null, null, 'short lot 2');
      if (at(12, 45) && s.position_size < 0)
        s.entry('S', 'short', 1, undefined, undefined, null, null, 'short lot 3');
      if (at(13, 15) && s.position_size < 0) s.close('S', 'close all S');
    },
  ],
  [
    'oca-raw-strategy-order-reduce-01',
    FIXED,
    (s, b) => {
      if (b.hour === 7 && b.minute === 15 && s.position_size === 0)
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'oca source');
      if (s.position_size > 0) {
        const qty = Math.abs(s.position_size);
        const e = s.position_avg_price;
        s.order('TP', 'short', qty, e * 1.004, undefined, 'BRACKET', 'reduce');
        s.order('SL', 'short', qty, undefined, e * 0.996, 'BRACKET', 'reduce');
      }
      if (s.position_size === 0) {
        s.cancel('TP');
        s.cancel('SL');
      }
      if (s.position_size > 0 && b.hour === 13 && b.minute === 15) s.close('L', 'timeout');
    },
  ],
  [
    'bracket-trail-points-no-offset-explicit-01',
    FIXED,
    (s, b) => {
      if (b.hour === 8 && b.minute === 0 && s.position_size === 0) {
        s.entry('L', 'long', 1, undefined, undefined, null, null, 'entry long');
        s.exit(
          'LX',
          'L',
          undefined,
          undefined,
          undefined,
          b.close * 1.05,
          undefined,
          b.close * 0.95,
          undefined,
          8,
          undefined,
          null,
          'trail8 + far stop/limit',
        );
      }
      if (b.hour === 20 && b.minute === 0 && s.position_size === 0) {
        s.entry('S', 'short', 1, undefined, undefined, null, null, 'entry short');
        s.exit(
          'SX',
          'S',
          undefined,
          undefined,
          undefined,
          b.close * 0.95,
          undefined,
          b.close * 1.05,
          undefined,
          8,
          undefined,
          null,
          'trail8 + far stop/limit',
        );
      }
    },
  ],
];

describe.skipIf(corpus === null)('PineForge corpus: TradingView trade lists replayed', () => {
  it.each(probes)('%s', (probe, args, script) => {
    const { tv, ours } = replay(probe, args, script);
    expect(tradeRowMismatches(tv, ours)).toEqual([]);
  });
});

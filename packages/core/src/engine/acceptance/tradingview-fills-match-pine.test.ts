import { describe, expect, it } from 'vitest';
import { symbolInfo } from '../../market/symbol-info.ts';
import { syntheticBars } from '../../market/synthetic.ts';
import { compileScript } from '../../pine/run/compile-script.ts';
import { runScript } from '../../pine/run/run-script.ts';
import { floatCompare } from '../../pine/runtime/float-compare.ts';
import { runBacktest } from '../kernel/backtest.ts';
import type { Strategy } from '../strategy/strategy.ts';
import { engineTradeRecords } from '../tester-report/engine-trade-records.ts';
import {
  type PerformanceSummary,
  performanceSummary,
} from '../tester-report/performance-summary.ts';

// The `tradingview` fill model shares the Pine broker emulator's rules (TRADINGVIEW-SEMANTICS.md
// rules 1–3 and 8), so a Pine strategy and its TypeScript port must trade alike, fill for fill:
// stop and limit entries on the mintick grid, gaps through levels, slippage, market exits.
// Seeded synthetic daily bars with frequent gaps give every case hundreds of trades.

const BARS = syntheticBars({
  symbol: symbolInfo('SYN', { mintick: 0.01 }),
  timeframe: '1D',
  bars: 4000,
  seed: 11,
  gapProbability: 0.1,
});
const LENGTH = 20;
const { gt, lt } = floatCompare;

type Kind = 'breakout-long' | 'breakdown-short' | 'dip-long';

/** The Pine strategy: an entry order re-placed every flat bar, a market exit at the channel middle. */
function pineSource(kind: Kind, declaration: string): string {
  const entry = {
    'breakout-long': 'strategy.entry("E", strategy.long, stop = upper)',
    'breakdown-short': 'strategy.entry("E", strategy.short, stop = lower)',
    'dip-long': 'strategy.entry("E", strategy.long, limit = lower)',
  }[kind];
  const exit = kind === 'breakdown-short' ? 'close > mid' : 'close < mid';
  return `//@version=6
strategy("${kind}"${declaration})
upper = ta.highest(high, ${LENGTH})
lower = ta.lowest(low, ${LENGTH})
mid = ta.sma(close, ${LENGTH})
if strategy.position_size == 0 and not na(mid)
    ${entry}
else if strategy.position_size != 0 and ${exit}
    strategy.close("E")
`;
}

/** The same rules against the TypeScript API. */
function port(kind: Kind): Strategy {
  let mid: { value: number } = { value: Number.NaN };
  return {
    name: kind,
    params: {},
    init(ctx) {
      mid = ctx.indicators.sma(LENGTH);
    },
    onBar(ctx) {
      if (ctx.bars.length < LENGTH) return;
      let upper = Number.NEGATIVE_INFINITY;
      let lower = Number.POSITIVE_INFINITY;
      for (let k = 0; k < LENGTH; k++) {
        upper = Math.max(upper, ctx.bars.high.at(k));
        lower = Math.min(lower, ctx.bars.low.at(k));
      }
      const close = ctx.bars.close.at(0);
      // Pine compares floats within 1e-10 as equal (gt/lt below): the port does too.
      if (ctx.position().qty === 0) {
        ctx.cancelAll();
        if (kind === 'breakout-long') ctx.buy({ stop: upper });
        else if (kind === 'breakdown-short') ctx.sell({ stop: lower });
        else ctx.buy({ limit: lower });
      } else if (kind === 'breakdown-short' ? gt(close, mid.value) : lt(close, mid.value)) {
        ctx.close();
      }
    },
  };
}

type Row = [entryBar: number, entryPrice: number, exitBar: number, exitPrice: number];

function pineRun(kind: Kind, declaration: string) {
  const source = pineSource(kind, declaration);
  const run = runScript(compileScript(source, { fileName: 'port.pine' }), BARS);
  const broker = run.context.strategy!.broker;
  const { ledger } = broker;
  return {
    rows: ledger.closed
      .toArray()
      .map((t): Row => [t.entry.barIndex, t.entry.price, t.exit.barIndex, t.exit.price]),
    summary: performanceSummary({
      closedTrades: ledger.closed.toArray(),
      openTrades: ledger.open.map((_, i) => ledger.openRecord(i)!),
      equity: broker.equityCurve().byBar,
      bars: BARS,
      initialCapital: broker.config.initialCapital,
    }),
  };
}

function tsRun(kind: Kind, slippageTicks: number, processOrdersOnClose: boolean) {
  const result = runBacktest({
    strategy: port(kind),
    data: BARS,
    fillModel: { name: 'tradingview', slippageTicks, processOrdersOnClose },
  });
  const records = engineTradeRecords(result, BARS);
  return {
    rows: result.trades.map((t): Row => [t.entryBar, t.entryPrice, t.exitBar, t.exitPrice]),
    summary: performanceSummary({
      closedTrades: records.closed,
      openTrades: records.open,
      equity: result.equity,
      bars: BARS,
      initialCapital: result.initialCash,
    }),
  };
}

/**
 * Summary figures to 9 significant digits, and below 1e-6 as 0: the two runs add the same numbers
 * in another order (a flat position's open profit is 1e-11 of float noise in one, 1e-10 in the other).
 */
function roundedSummary(summary: PerformanceSummary): unknown {
  const round = (v: number) => (Math.abs(v) < 1e-6 ? 0 : Number(v.toPrecision(9)));
  return JSON.parse(JSON.stringify(summary, (_, v) => (typeof v === 'number' ? round(v) : v)));
}

describe('the tradingview fill model trades a TypeScript port as the broker emulator trades the Pine strategy', () => {
  it.each<[Kind, number, boolean]>([
    ['breakout-long', 0, false],
    ['breakout-long', 2, false],
    ['breakdown-short', 3, false],
    ['dip-long', 2, false],
    ['breakout-long', 1, true],
    ['dip-long', 0, true],
  ])('%s, slippage %d ticks, process_orders_on_close %s', (kind, slippage, onClose) => {
    const declaration = `, slippage = ${slippage}, process_orders_on_close = ${onClose}`;
    const pine = pineRun(kind, declaration);
    const ts = tsRun(kind, slippage, onClose);
    expect(pine.rows.length).toBeGreaterThan(50);
    expect(ts.rows).toEqual(pine.rows);
    // TradingView's Performance Summary of both runs: net profit, run-up and drawdown (from each
    // trade's excursions on the bars), Sharpe, Sortino, trade counts, averages, bars in trades.
    expect(roundedSummary(ts.summary)).toEqual(roundedSummary(pine.summary));
    expect(pine.summary.maxDrawdown).toBeGreaterThan(0);
  });

  it('the comparison can fail: next-open ignores the mintick grid and slippage', () => {
    const expected = pineRun('breakout-long', ', slippage = 2').rows;
    const result = runBacktest({ strategy: port('breakout-long'), data: BARS });
    const rows = result.trades.map((t) => [t.entryBar, t.entryPrice, t.exitBar, t.exitPrice]);
    expect(rows).not.toEqual(expected);
  });
});

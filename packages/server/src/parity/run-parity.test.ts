import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatParitySummary, formatProbeLine } from './format-parity.ts';
import { type ParityRunContext, type ParityRunStrategy, runParity } from './run-parity.ts';

const M15 = 15 * 60_000;
const T0 = Date.UTC(2025, 2, 31, 0, 0);
const HEADER =
  '\uFEFFTrade #,Type,Date and time,Signal,Price USDT,Size (qty),Size (value),Net P&L USD,Net P&L %,' +
  'Favorable excursion USD,Favorable excursion %,Adverse excursion USD,Adverse excursion %,' +
  'Cumulative P&L USD,Cumulative P&L %';
// One long trade: entry at the open of bar 5 (01:15 UTC, listed 09:15 in the corpus's UTC+8),
// exit at the open of bar 8 (02:00 UTC, listed 10:00).
const TV_TRADES = `${HEADER}
1,Exit long,2025-03-31 10:00,X,108,1,105,3,2.86,4,3.81,-1,-0.95,3,0.00
1,Entry long,2025-03-31 09:15,L,105,1,105,3,2.86,4,3.81,-1,-0.95,3,0.00
`;

const root = mkdtempSync(path.join(tmpdir(), 'barwise-parity-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
function feed(bars: number, from: number) {
  const rows = ['timestamp,open,high,low,close,volume'];
  for (let i = 0; i < bars; i++) {
    const t = T0 + (from + i) * M15;
    const open = 100 + from + i;
    rows.push(`${t},${open},${open + 2},${open - 2},${open + 1},10`);
  }
  return `${rows.join('\n')}\n`;
}
// The warm-up feed (bars from −20) is preferred to the plain one (bars from 0).
write('data/ohlcv_ETH-USDT-USDT_15m.csv', feed(12, 0));
write('data/ohlcv_ETH-USDT-USDT_15m_warmup6m.csv', feed(32, -20));
const pine = '//@version=6\nstrategy("p")\n';
for (const name of ['a-exact', 'b-differs', 'e-throws']) {
  write(`validation/${name}/strategy.pine`, pine);
  write(`validation/${name}/tv_trades.csv`, TV_TRADES);
}
write('validation/a-exact/inputs.json', '{"_comment": "x", "Length": 5, "ohlcv_start_ms": null}');
write(
  'validation/c-magnifier/strategy.pine',
  '//@version=6\nstrategy("m", use_bar_magnifier=true)\n',
);
write('validation/c-magnifier/tv_trades.csv', TV_TRADES);
write('validation/d-no-tv/strategy.pine', pine);
write('validation/not-a-probe/README.md', 'no strategy here');

const fill = (bar: number, price: number) => ({
  time: T0 + bar * M15,
  barIndex: bar + 20,
  price,
  signal: '',
  comment: null,
  commission: 0,
});
const contexts: Record<string, ParityRunContext> = {};
const inputsSeen: Record<string, unknown> = {};
const fake: ParityRunStrategy = (_source, bars, inputs, context) => {
  contexts[context.probe.name] = context;
  inputsSeen[context.probe.name] = inputs;
  if (context.probe.name === 'e-throws') throw new Error('unsupported built-in ta.foo');
  const exitPrice = context.probe.name === 'b-differs' ? 109 : 108;
  const trade = {
    tradeNumber: 1,
    entryId: 'L',
    exitId: 'X',
    direction: 'long' as const,
    qty: 1,
    entry: fill(5, 105),
    exit: fill(8, exitPrice),
    maxRunup: 4,
    maxDrawdown: -1,
    profit: exitPrice - 105,
    profitPercent: 0,
    cumulativeProfit: exitPrice - 105,
  };
  expect(bars.length).toBe(32);
  // A warm-up trade before TradingView's first entry is ignored by the comparison.
  const warmup = { ...trade, entry: fill(-10, 90), exit: fill(-5, 95) };
  return { closedTrades: [warmup, trade], openTrades: [] };
};

describe('runParity on a corpus laid out as PineForge validation/ + data/', async () => {
  const lines: string[] = [];
  const report = await runParity(root, fake, (r) => lines.push(formatProbeLine(r)));

  it('classifies every probe', () => {
    expect(report.probes.map((p) => [p.name, p.status])).toEqual([
      ['a-exact', 'exact'],
      ['b-differs', 'differs'],
      ['c-magnifier', 'skipped'],
      ['d-no-tv', 'skipped'],
      ['e-throws', 'error'],
    ]);
    expect(report.totals).toEqual({ probes: 5, exact: 1, differs: 1, skipped: 2, error: 1 });
  });

  it('passes Pine inputs only, and no minute bars to a probe that does not walk them', () => {
    expect(inputsSeen['a-exact']).toEqual({ Length: 5 });
    expect(contexts['a-exact']!.minuteBars).toBeNull();
  });

  it('formats one line per probe and the total', () => {
    expect(lines).toEqual([
      'exact    a-exact  1 trades',
      'differs  b-differs  0/1 trades match; TradingView trade #1 exitPrice: TradingView long 1 2025-03-31 01:15 @105 → 2025-03-31 02:00 @108 (UTC); ours long 1 2025-03-31 01:15 @105 → 2025-03-31 02:00 @109 (UTC)',
      'skipped  c-magnifier  bar magnifier needs the 1-minute feed (data/ohlcv_…_1m.csv is missing)',
      'skipped  d-no-tv  no TradingView trade list (tv_trades.csv)',
      'error    e-throws  unsupported built-in ta.foo',
    ]);
    expect(formatParitySummary(report)).toBe('1/5 probes exact (1 differ, 2 skipped, 1 errors)');
  });
});

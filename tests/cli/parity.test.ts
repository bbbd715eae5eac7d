import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliSandbox } from '../support/cli.ts';

// A two-probe corpus in the PineForge layout. The strategy enters on bar 1's close and closes on
// bar 3's; TradingView fills market orders at the next bar's open (TRADINGVIEW-SEMANTICS.md rule 1):
// entry at bar 2's open 101, exit at bar 4's open 104. Exports are in UTC+8, as the corpus's are.
const sandbox = new CliSandbox();
afterAll(() => sandbox.dispose());

const START = Date.UTC(2025, 2, 31); // 2025-03-31 00:00 UTC
const BARS = [
  [100, 101, 99, 100],
  [100, 102, 99, 101],
  [101, 103, 100, 102],
  [102, 104, 101, 103],
  [104, 105, 103, 104],
  [104, 105, 103, 104],
];
const STRATEGY = [
  '//@version=6',
  'strategy("probe", initial_capital = 10000)',
  'if bar_index == 1',
  '    strategy.entry("L", strategy.long)',
  'if bar_index == 3',
  '    strategy.close("L")',
].join('\n');
const HEADER =
  'Trade #,Type,Date and time,Signal,Price USDT,Size (qty),Size (value),Net P&L USD,Net P&L %,Favorable excursion USD,Favorable excursion %,Adverse excursion USD,Adverse excursion %,Cumulative P&L USD,Cumulative P&L %';
const trades = (exitPrice: number) =>
  [
    HEADER,
    `1,Exit long,2025-03-31 09:00,Close entry(s) order L,${exitPrice},1,101,3,2.97,3,2.97,-1,-0.99,3,0.03`,
    '1,Entry long,2025-03-31 08:30,L,101,1,101,3,2.97,3,2.97,-1,-0.99,3,0.03',
  ].join('\n');

function corpus(): string {
  const root = sandbox.file('corpus');
  mkdirSync(path.join(root, 'data'), { recursive: true });
  const rows = BARS.map((b, i) => `${START + i * 900_000},${b.join(',')},10`);
  writeFileSync(
    path.join(root, 'data', 'ohlcv_ETH-USDT-USDT_15m.csv'),
    ['timestamp,open,high,low,close,volume', ...rows].join('\n'),
  );
  for (const [name, exitPrice] of [
    ['matches', 104],
    ['differs', 104.5],
  ] as const) {
    const dir = path.join(root, 'validation', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'strategy.pine'), STRATEGY);
    writeFileSync(path.join(dir, 'tv_trades.csv'), trades(exitPrice));
  }
  return root;
}

describe('barwise parity', () => {
  it('runs each probe, prints one line per probe and the exact count', async () => {
    const out = await sandbox.ok('parity', corpus(), '--json', sandbox.file('parity.json'));
    expect(out).toMatch(/^exact +matches/m);
    expect(out).toMatch(/^differs +differs .*exitPrice/m);
    expect(out).toContain('1/2 probes exact');
  });
});

/** Test support: the PineForge corpus' Binance ETH-USDT 15-minute bars as Bars (mintick 0.01, qty step 0.0001). */
import { readFileSync } from 'node:fs';
import type { Bars } from '../../../market/bars.ts';
import { allocateColumns, createBars } from '../../../market/bars.ts';
import { symbolInfo } from '../../../market/symbol-info.ts';
import { parseTimeframe } from '../../../market/timeframe.ts';

export function readCorpusBars(csvPath: string): Bars {
  const lines = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/).slice(1);
  const columns = allocateColumns(lines.length);
  lines.forEach((line, i) => {
    const [t, o, h, l, c, v] = line.split(',').map(Number);
    columns.time[i] = t!;
    columns.open[i] = o!;
    columns.high[i] = h!;
    columns.low[i] = l!;
    columns.close[i] = c!;
    columns.volume[i] = v!;
  });
  const symbol = symbolInfo('ETHUSDT.P', {
    exchange: 'BINANCE',
    mintick: 0.01,
    lotSize: 0.0001,
    currency: 'USDT',
  });
  return createBars(symbol, parseTimeframe('15'), columns);
}

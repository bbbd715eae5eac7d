import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../../market/csv/csv-format-error.ts';
import { readTradeListCsv } from './trade-list-csv-reader.ts';

// Rows copied from the PineForge corpus exports (ta-rsi14-cross-50-01, mtf-htf-weekly-sma-cross-01),
// whose chart zone is UTC+8: 13:15 there is 05:15 UTC.
const CURRENT = `\uFEFFTrade #,Type,Date and time,Signal,Price USDT,Size (qty),Size (value),Net P&L USD,Net P&L %,Favorable excursion USD,Favorable excursion %,Adverse excursion USD,Adverse excursion %,Cumulative P&L USD,Cumulative P&L %
1,Exit long,2025-03-31 14:15,rsi cross dn 50,1804.12,1,1811.96,-7.84,-0.43,0.04,0.00,-10.88,-0.60,-7.84,0.00
1,Entry long,2025-03-31 13:15,rsi cross up 50,1811.96,1,1811.96,-7.84,-0.43,0.04,0.00,-10.88,-0.60,-7.84,0.00
2,Exit short,2026-05-01 08:00,Open,2261.44,1,2256.85,-4.59,-0.20,5.87,0.26,-6.1,-0.27,-12.43,0.13
2,Entry short,2026-05-01 05:30,rsi cross dn 50,2256.85,1,2256.85,-4.59,-0.20,5.87,0.26,-6.1,-0.27,-12.43,0.13
`;
const TRADE_NUMBER_LAYOUT = `\uFEFFTrade number,Type,Date and time,Signal,Price USDT,Size (qty),Size (value),Net PnL USD,Net PnL %,Favorable excursion USD,Favorable excursion %,Adverse excursion USD,Adverse excursion %,Cumulative PnL USD,Cumulative PnL %
1,Exit short,2025-06-22 22:00,close x up weekly SMA,2198.9,1,2181.83,-17.07,-0.78,2.33,0.11,-23.73,-1.09,-17.07,0.00
1,Entry short,2025-06-22 21:45,close x dn weekly SMA,2181.83,1,2181.83,-17.07,-0.78,2.33,0.11,-23.73,-1.09,-17.07,0.00
`;
// The older layout, as third-party tools quote it: figures on the exit row only, drawdown positive.
const OLDER = `Trade #,Type,Signal,Date/Time,Price USD,Contracts,Profit USD,Profit %,Cum. Profit USD,Cum. Profit %,Run-up USD,Run-up %,Drawdown USD,Drawdown %
1,Entry Short,Short,2024-05-01 09:30,100.00,5,,,,,,,,
1,Exit Short,Cover,2024-05-03 09:30,95.00,5,25.00,5.00,25.00,0.03,30.00,6.00,2.50,0.50
2,Entry Long,Long,2024-05-06 09:30,96.00,5,,,,,,,,
2,Exit Long,Close,2024-05-07 09:30,95.00,5,(5.00),-1.04,20.00,0.02,1.00,0.21,7.50,1.56
`;

describe('readTradeListCsv (TradingView exports)', () => {
  it('reads the current layout, open trades included', () => {
    const [first, open] = readTradeListCsv(CURRENT, { timezone: 'UTC+8' });
    expect(first).toEqual({
      tradeNumber: 1,
      direction: 'long',
      qty: 1,
      entry: { time: Date.UTC(2025, 2, 31, 5, 15), price: 1811.96, signal: 'rsi cross up 50' },
      exit: { time: Date.UTC(2025, 2, 31, 6, 15), price: 1804.12, signal: 'rsi cross dn 50' },
      open: false,
      profit: -7.84,
      profitPercent: -0.43,
      maxRunup: 0.04,
      maxDrawdown: -10.88,
      cumulativeProfit: -7.84,
    });
    expect(open).toMatchObject({ direction: 'short', open: true, profit: -4.59 });
    expect(open!.exit.time).toBe(Date.UTC(2026, 4, 1, 0, 0));
  });

  it('reads the "Trade number" / "Net PnL" spelling', () => {
    const [t] = readTradeListCsv(TRADE_NUMBER_LAYOUT, { timezone: 'UTC+8' });
    expect(t).toMatchObject({
      tradeNumber: 1,
      direction: 'short',
      profit: -17.07,
      maxDrawdown: -23.73,
    });
    expect(t!.entry.time).toBe(Date.UTC(2025, 5, 22, 13, 45));
  });

  it('reads the older layout: parentheses are negative, drawdowns become ≤ 0', () => {
    const trades = readTradeListCsv(OLDER, { timezone: 'America/New_York' });
    expect(trades.map((t) => [t.direction, t.qty, t.profit, t.maxRunup, t.maxDrawdown])).toEqual([
      ['short', 5, 25, 30, -2.5],
      ['long', 5, -5, 1, -7.5],
    ]);
    expect(trades[0]!.entry.time).toBe(Date.UTC(2024, 4, 1, 13, 30)); // EDT, UTC−4
  });

  it('names the file and line of a row it cannot read', () => {
    const bad = `${TRADE_NUMBER_LAYOUT}2,Exit sideways,2025-06-23 22:00,x,1,1,1,1,1,1,1,1,1,1,1\n`;
    expect(() => readTradeListCsv(bad, { timezone: 'UTC', source: 't.csv' })).toThrow(
      new CsvFormatError(
        't.csv',
        4,
        'not a trade row: 2,Exit sideways,2025-06-23 22:00,x,1,1,1,1,1,1,1,1,1,1,1',
      ),
    );
    expect(() => readTradeListCsv('a,b\n1,2\n', { timezone: 'UTC' })).toThrow(/no number, type/);
  });
});

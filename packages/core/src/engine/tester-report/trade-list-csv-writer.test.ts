import { describe, expect, it } from 'vitest';
import { formatListTime } from './list-time.ts';
import { listTrades } from './listed-trade.ts';
import { closedTrade, fillAt, openTrade } from './test-support/trade-records.ts';
import { writeTradeListCsv } from './trade-list-csv-writer.ts';

const HEADER =
  '\uFEFFTrade #,Type,Date and time,Signal,Price USDT,Size (qty),Size (value),Net P&L USD,Net P&L %,' +
  'Favorable excursion USD,Favorable excursion %,Adverse excursion USD,Adverse excursion %,' +
  'Cumulative P&L USD,Cumulative P&L %';
const options = {
  quoteCurrency: 'USDT',
  accountCurrency: 'USD',
  initialCapital: 1_000_000,
  pointValue: 1,
  formatTime: (t: number) => formatListTime(t, 'UTC+8'),
};
const utc = (d: number, h: number, m: number, month = 2, year = 2025) =>
  Date.UTC(year, month, d, h, m);

describe('List of Trades CSV (TradingView export layout)', () => {
  // order-percent-equity-cash-commission-01, trade 1: 138.6308 contracts long 1803.33 → 1816.41,
  // 1.5 commission per order. Net 13.08 × 138.6308 − 3 = 1810.29; excursions from the corpus bars:
  // high 1819 → 15.67 × 138.6308 − 1.5 = 2170.84, low 1776.56 → −26.77 × 138.6308 − 1.5 = −3712.65.
  // Expected lines are TradingView's own export rows.
  it('writes a closed trade as its exit row then its entry row', () => {
    const qty = 138.6308;
    const profit = 13.08 * qty - 3;
    const trade = closedTrade({
      qty,
      entry: fillAt(utc(31, 8, 30), 1803.33, 'default percent sizing', 1.5),
      exit: fillAt(utc(31, 12, 30), 1816.41, 'sizing close', 1.5),
      profit,
      profitPercent: (profit / (qty * 1803.33)) * 100,
      maxRunup: 15.67 * qty - 1.5,
      maxDrawdown: -26.77 * qty - 1.5,
    });
    const csv = writeTradeListCsv(listTrades([trade], [], lastBar(0, 0)), options);
    expect(csv.split('\n')).toEqual([
      HEADER,
      '1,Exit long,2025-03-31 20:30,sizing close,1816.41,138.6308,249997.0806,1810.29,0.72,2170.84,0.87,-3712.65,-1.49,1810.29,0.18',
      '1,Entry long,2025-03-31 16:30,default percent sizing,1803.33,138.6308,249997.0806,1810.29,0.72,2170.84,0.87,-3712.65,-1.49,1810.29,0.18',
      '',
    ]);
  });

  // ta-rsi14-cross-50-01, trades 4689 (closed) and 4690 (open at TradingView's last bar,
  // 2026-05-01 00:00 UTC, close 2261.44): the open short shows 2256.85 − 2261.44 = −4.59 and a
  // cumulative 1292.86 − 4.59 = 1288.27.
  it('lists a trade still open with an Open exit row at the last close', () => {
    const closed = closedTrade({
      tradeNumber: 4689,
      entry: fillAt(utc(30, 19, 15, 3, 2026), 2262.58, 'rsi cross up 50'),
      exit: fillAt(utc(30, 21, 30, 3, 2026), 2256.85, 'rsi cross dn 50'),
      profit: -5.73,
      profitPercent: (-5.73 / 2262.58) * 100,
      maxRunup: 3.77,
      maxDrawdown: -6.58,
      cumulativeProfit: 1292.86,
    });
    const open = openTrade({
      tradeNumber: 4690,
      direction: 'short',
      entry: fillAt(utc(30, 21, 30, 3, 2026), 2256.85, 'rsi cross dn 50'),
      maxRunup: 5.87,
      maxDrawdown: -6.1,
    });
    const listed = listTrades([closed], [open], lastBar(utc(1, 0, 0, 4, 2026), 2261.44));
    expect(writeTradeListCsv(listed, options).split('\n').slice(1, 5)).toEqual([
      '4689,Exit long,2026-05-01 05:30,rsi cross dn 50,2256.85,1,2262.58,-5.73,-0.25,3.77,0.17,-6.58,-0.29,1292.86,0.13',
      '4689,Entry long,2026-05-01 03:15,rsi cross up 50,2262.58,1,2262.58,-5.73,-0.25,3.77,0.17,-6.58,-0.29,1292.86,0.13',
      '4690,Exit short,2026-05-01 08:00,Open,2261.44,1,2256.85,-4.59,-0.20,5.87,0.26,-6.1,-0.27,1288.27,0.13',
      '4690,Entry short,2026-05-01 05:30,rsi cross dn 50,2256.85,1,2256.85,-4.59,-0.20,5.87,0.26,-6.1,-0.27,1288.27,0.13',
    ]);
  });

  it('can list newest first and quotes signals holding commas', () => {
    const trade = (n: number, signal: string) =>
      closedTrade({
        tradeNumber: n,
        entry: fillAt(n, 10, signal),
        exit: fillAt(n + 1, 11),
        profit: 1,
      });
    const csv = writeTradeListCsv(
      listTrades([trade(1, 'a'), trade(2, 'b, "c"')], [], lastBar(0, 0)),
      {
        ...options,
        formatTime: String,
        order: 'newest-first',
      },
    );
    const rows = csv.split('\n').slice(1, 5);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['2', '2', '1', '1']);
    expect(rows[1]).toContain(',"b, ""c""",');
  });
});

function lastBar(time: number, close: number) {
  return { lastBar: { time, close }, pointValue: 1 };
}

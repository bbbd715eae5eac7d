import { describe, expect, it } from 'vitest';
import { createBars } from '../../../market/bars.ts';
import { symbolInfo } from '../../../market/symbol-info.ts';
import { parseTimeframe } from '../../../market/timeframe.ts';
import { BarState } from '../series/bar-state.ts';
import { SessionVariables } from './session-variables.ts';
import { SyminfoVariables, syminfoFunctions, tickScale } from './syminfo.ts';

describe('syminfo.*', () => {
  const info = symbolInfo('BTCUSDT', { exchange: 'BINANCE', currency: 'USDT', mintick: 0.01 });
  const syminfo = new SyminfoVariables(info);

  it('reads the symbol: tickerid is PREFIX:TICKER (reference syminfo.tickerid)', () => {
    expect(syminfo.tickerid).toBe('BINANCE:BTCUSDT');
    expect(syminfo.prefix).toBe('BINANCE');
    expect(syminfo.ticker).toBe('BTCUSDT');
    expect(syminfo.basecurrency).toBe('BTC');
    expect(syminfo.currency).toBe('USDT');
    expect(syminfo.mintick).toBe(0.01);
    expect(syminfo.timezone).toBe('UTC');
    expect(syminfo.employees).toBeNaN();
  });

  it('mintick = minmove / pricescale (reference syminfo.mintick)', () => {
    // 0.01 = 1/100; 0.25 = 25/100; 0.5 = 5/10.
    expect(tickScale(0.01)).toEqual({ minmove: 1, pricescale: 100 });
    expect(tickScale(0.25)).toEqual({ minmove: 25, pricescale: 100 });
    expect(tickScale(0.5)).toEqual({ minmove: 5, pricescale: 10 });
  });

  it('root drops a futures contract suffix: ES for ESZ2024 (reference syminfo.root)', () => {
    expect(new SyminfoVariables(symbolInfo('ESZ2024')).root).toBe('ES');
    expect(new SyminfoVariables(symbolInfo('ES1!')).root).toBe('ES');
  });

  it('syminfo.prefix() and syminfo.ticker() split a symbol string', () => {
    expect(syminfoFunctions.prefix('NASDAQ:AAPL')).toBe('NASDAQ');
    expect(syminfoFunctions.ticker('NASDAQ:AAPL')).toBe('AAPL');
    expect(syminfoFunctions.prefix('AAPL')).toBe('');
  });
});

describe('session.* on NYSE 60-minute bars with extended hours', () => {
  const NYSE = symbolInfo('SPY', { timezone: 'America/New_York', session: '0930-1600:23456' });
  // Local EST times (UTC-5) on Tue 2024-01-02: 08:30 pre, 09:30, 15:30 regular, 16:00 post;
  // then Wed 09:30 regular.
  const local = (d: number, h: number, m: number) => Date.UTC(2024, 0, d, h + 5, m);
  const times = [
    local(2, 8, 30),
    local(2, 9, 30),
    local(2, 15, 30),
    local(2, 16, 0),
    local(3, 9, 30),
  ];
  const one = () => Float64Array.from(times, () => 1);
  const bars = createBars(NYSE, parseTimeframe('60'), {
    time: Float64Array.from(times),
    open: one(),
    high: one(),
    low: one(),
    close: one(),
    volume: one(),
  });

  it('flags each bar as a worked example says', () => {
    const bar = new BarState(bars);
    const session = new SessionVariables(bar, bars);
    const rows: string[] = [];
    for (let i = 0; i < bars.length; i++) {
      bar.load(i);
      const flags = [
        session.ispremarket && 'pre',
        session.ismarket && 'market',
        session.ispostmarket && 'post',
        session.isfirstbar && 'first',
        session.islastbar && 'last',
        session.isfirstbar_regular && 'firstRegular',
        session.islastbar_regular && 'lastRegular',
      ];
      rows.push(flags.filter(Boolean).join(' '));
    }
    expect(rows).toEqual([
      'pre first', // 08:30: before the 09:30 open, first bar of Jan 2
      'market firstRegular', // 09:30: first bar of the regular session
      'market lastRegular', // 15:30: the next bar is post-market
      'post last', // 16:00: after the close, last bar of Jan 2
      // 09:30 Jan 3: first of the new day; the last bar in the data, closing at 10:30 < 16:00.
      'market first firstRegular',
    ]);
  });
});

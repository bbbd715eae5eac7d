/**
 * Reads a corpus OHLCV file (`timestamp,open,high,low,close,volume`, ms UTC) through the core's CSV
 * importer. The symbol and timeframe come from PineForge's file names,
 * `ohlcv_<BASE>-<QUOTE>-<SETTLE>_<n>m[_warmup6m].csv` (Binance USDT-margined perpetuals: quote
 * currency USDT, ticks of 0.01, UTC, around the clock), with the probe's `syminfo_overrides`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Bars,
  createBars,
  InputError,
  parseOhlcvCsv,
  parseTimeframe,
  type SymbolInfo,
  symbolInfo,
} from '@barwise/core';

const FEED_NAME = /^ohlcv_([A-Z0-9]+)-([A-Z0-9]+)(?:-[A-Z0-9]+)?_(\d+)m(?:_[a-z0-9]+)?\.csv$/i;

export async function loadProbeBars(
  file: string,
  overrides: Readonly<Record<string, unknown>> = {},
): Promise<Bars> {
  const name = path.basename(file);
  const m = FEED_NAME.exec(name);
  if (!m) throw new InputError(`${name}: expected a name like ohlcv_ETH-USDT-USDT_15m.csv`);
  const [, base, quote, minutes] = m;
  const symbol: SymbolInfo = symbolInfo(`${base}${quote}.P`, {
    exchange: 'BINANCE',
    currency: quote!,
    mintick: 0.01,
    timezone: 'UTC',
    session: '24x7',
    ...symbolOverrides(overrides),
  });
  const text = await readFile(file, 'utf8');
  return parseOhlcvCsv(text, { symbol, timeframe: parseTimeframe(minutes!), source: name }).bars;
}

/** The bars from `start` (ms UTC) on: the probe's chart history began there. */
export function barsFrom(bars: Bars, start: number): Bars {
  let first = 0;
  while (first < bars.length && bars.time[first]! < start) first++;
  const cut = (a: Float64Array) => a.subarray(first);
  return createBars(bars.symbol, bars.timeframe, {
    time: cut(bars.time),
    open: cut(bars.open),
    high: cut(bars.high),
    low: cut(bars.low),
    close: cut(bars.close),
    volume: cut(bars.volume),
  });
}

function symbolOverrides(overrides: Readonly<Record<string, unknown>>): Partial<SymbolInfo> {
  const out: Record<string, unknown> = {};
  if (typeof overrides.ticker === 'string') out.ticker = overrides.ticker;
  if (typeof overrides.timezone === 'string') out.timezone = overrides.timezone;
  if (typeof overrides.session === 'string') out.session = overrides.session;
  if (typeof overrides.mintick === 'number') out.mintick = overrides.mintick;
  if (typeof overrides.pointvalue === 'number') out.pointValue = overrides.pointvalue;
  return out as Partial<SymbolInfo>;
}

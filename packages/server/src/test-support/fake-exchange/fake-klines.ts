/**
 * Binance-shaped kline rows built from one-minute bars, aggregated here independently of core's
 * resampleBars so tests can compare the two (Binance klines are UTC-aligned: an `1h` kline opens on
 * the hour, `1d` at 00:00 UTC, `1w` on Monday 00:00 UTC).
 * @see https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints#klinecandlestick-data
 */
import type { Bars } from '@barwise/core';

const MINUTE = 60_000;
const WEEK_ANCHOR = Date.UTC(1970, 0, 5); // a Monday

/** Binance interval → milliseconds (months are not served by the fake). */
export const INTERVAL_MS: Readonly<Record<string, number>> = {
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': 60 * MINUTE,
  '2h': 120 * MINUTE,
  '4h': 240 * MINUTE,
  '6h': 360 * MINUTE,
  '8h': 480 * MINUTE,
  '12h': 720 * MINUTE,
  '1d': 1440 * MINUTE,
  '3d': 3 * 1440 * MINUTE,
  '1w': 7 * 1440 * MINUTE,
};

/** One kline: [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, …]. */
export type KlineRow = [
  number,
  string,
  string,
  string,
  string,
  string,
  number,
  string,
  number,
  string,
  string,
  string,
];

/** Klines of a Binance interval from minute bars (a kline exists where at least one minute does). */
export function aggregateKlines(minutes: Bars, interval: string): KlineRow[] {
  const step = INTERVAL_MS[interval];
  if (step === undefined) throw new Error(`fake exchange: interval ${interval} not served`);
  return aggregateMinutes(minutes, step, interval === '1w' ? WEEK_ANCHOR : 0);
}

/** Klines of `step` ms on a grid anchored at `anchor` (ms UTC). */
export function aggregateMinutes(minutes: Bars, step: number, anchor = 0): KlineRow[] {
  const rows: KlineRow[] = [];
  let open = Number.NaN;
  let high = 0;
  let low = 0;
  let close = 0;
  let volume = 0;
  let bucket = Number.NaN;
  const flush = () => {
    if (Number.isNaN(bucket)) return;
    rows.push([
      bucket,
      String(open),
      String(high),
      String(low),
      String(close),
      String(volume),
      bucket + step - 1,
      String(volume * close),
      1,
      '0',
      '0',
      '0',
    ]);
  };
  for (let i = 0; i < minutes.length; i++) {
    const t = minutes.time[i]!;
    const b = anchor + Math.floor((t - anchor) / step) * step;
    if (b !== bucket) {
      flush();
      bucket = b;
      open = minutes.open[i]!;
      high = minutes.high[i]!;
      low = minutes.low[i]!;
      volume = 0;
    }
    high = Math.max(high, minutes.high[i]!);
    low = Math.min(low, minutes.low[i]!);
    close = minutes.close[i]!;
    volume += minutes.volume[i]!;
  }
  flush();
  return rows;
}

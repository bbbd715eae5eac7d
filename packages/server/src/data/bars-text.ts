/**
 * Bars as text for people and other tools: CSV (`time,open,high,low,close,volume`, times in the
 * symbol's zone as `formatBarTime` writes them, numbers in shortest round-trip form, na empty)
 * and JSON (time in ms UTC, na as null).
 */
import { type Bars, formatBarTime } from '@barwise/core';

const ROWS_PER_PIECE = 10_000;

export const CSV_HEADER = 'time,open,high,low,close,volume';

/** Calls `write` with pieces of the CSV text, so a million bars never become one string. */
export function writeBarsCsv(bars: Bars, write: (text: string) => void): void {
  const tz = bars.symbol.timezone;
  let piece = `${CSV_HEADER}\n`;
  for (let i = 0; i < bars.length; i++) {
    piece +=
      `${formatBarTime(bars.time[i]!, tz, bars.timeframe)},${num(bars.open[i]!)},${num(bars.high[i]!)},` +
      `${num(bars.low[i]!)},${num(bars.close[i]!)},${num(bars.volume[i]!)}\n`;
    if ((i + 1) % ROWS_PER_PIECE === 0) {
      write(piece);
      piece = '';
    }
  }
  if (piece) write(piece);
}

export function writeBarsJson(bars: Bars, write: (text: string) => void): void {
  write('[');
  for (let i = 0; i < bars.length; i++) {
    const row = {
      time: bars.time[i],
      open: json(bars.open[i]!),
      high: json(bars.high[i]!),
      low: json(bars.low[i]!),
      close: json(bars.close[i]!),
      volume: json(bars.volume[i]!),
    };
    write(`${i ? ',' : ''}\n  ${JSON.stringify(row)}`);
  }
  write('\n]\n');
}

const num = (x: number) => (Number.isNaN(x) ? '' : String(x));
const json = (x: number) => (Number.isNaN(x) ? null : x);

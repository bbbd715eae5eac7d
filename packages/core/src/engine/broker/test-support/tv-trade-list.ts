/**
 * Test support: TradingView "List of Trades" CSV exports (as in the PineForge corpus) and the same
 * rows produced from a broker run, so a replay can be compared line by line.
 */
import type { BrokerEmulator } from '../broker-emulator.ts';

/** One side (entry or exit) of one trade, as TradingView exports it. */
export interface TradeRow {
  readonly trade: number;
  readonly type: string;
  /** Fill bar's open time, ms UTC. */
  readonly time: number;
  readonly signal: string;
  readonly price: number;
  readonly qty: number;
}

/** Parses an export whose times are in a zone `offsetHours` east of UTC (the corpus uses UTC+8). */
export function parseTradeList(text: string, offsetHours: number): TradeRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1);
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    const [date, clock] = (cells[2] ?? '').split(' ');
    const local = Date.parse(`${date}T${clock}:00Z`);
    return {
      trade: Number(cells[0]),
      type: cells[1] ?? '',
      time: local - offsetHours * 3_600_000,
      signal: cells[3] ?? '',
      price: Number(cells[4]),
      qty: Number(cells[5]),
    };
  });
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

/** The broker's trades as TradingView rows: per trade its exit row (or "Open") then its entry row. */
export function brokerTradeRows(broker: BrokerEmulator): TradeRow[] {
  const rows: TradeRow[] = [];
  const side = (d: string) => (d === 'long' ? 'long' : 'short');
  for (const t of broker.ledger.closed) {
    rows.push({
      trade: t.tradeNumber,
      type: `Exit ${side(t.direction)}`,
      time: t.exit.time,
      signal: t.exit.signal,
      price: t.exit.price,
      qty: t.qty,
    });
    rows.push({
      trade: t.tradeNumber,
      type: `Entry ${side(t.direction)}`,
      time: t.entry.time,
      signal: t.entry.signal,
      price: t.entry.price,
      qty: t.qty,
    });
  }
  for (const t of broker.openTradeRecords()) {
    rows.push({
      trade: t.tradeNumber,
      type: `Exit ${side(t.direction)}`,
      time: Number.NaN,
      signal: 'Open',
      price: Number.NaN,
      qty: t.qty,
    });
    rows.push({
      trade: t.tradeNumber,
      type: `Entry ${side(t.direction)}`,
      time: t.entry.time,
      signal: t.entry.signal,
      price: t.entry.price,
      qty: t.qty,
    });
  }
  return rows;
}

/** Rows of `expected` that `actual` does not reproduce (time, type, signal, price, qty), first `limit`. */
export function tradeRowMismatches(
  expected: readonly TradeRow[],
  actual: readonly TradeRow[],
  limit = 5,
): string[] {
  const out: string[] = [];
  const show = (r: TradeRow | undefined) =>
    r === undefined
      ? 'missing'
      : `#${r.trade} ${r.type} ${Number.isNaN(r.time) ? '-' : new Date(r.time).toISOString().slice(0, 16)} ${r.signal} @${r.price} x${r.qty}`;
  for (let k = 0; k < expected.length && out.length < limit; k++) {
    const e = expected[k]!;
    const a = actual[k];
    if (e.signal === 'Open' && a?.signal === 'Open' && a.type === e.type) continue;
    const same =
      a !== undefined &&
      a.type === e.type &&
      a.time === e.time &&
      a.signal === e.signal &&
      Math.abs(a.price - e.price) < 1e-6 &&
      Math.abs(a.qty - e.qty) < 1e-9;
    if (!same) out.push(`row ${k}: TradingView ${show(e)} | ours ${show(a)}`);
  }
  return out;
}

/**
 * Reads a TradingView "List of Trades" CSV export into listed trades. Columns are found by name, so
 * both the current layout (`Trade #` or `Trade number`, `Date and time`, `Price USDT`,
 * `Size (qty)` or `Position size (qty)`, `Net P&L USD` or `Net PnL USD`, excursions) and the older
 * one (`Date/Time`, `Price`, `Contracts`, `Profit`, `Cum. Profit`, `Run-up`, `Drawdown`) are read;
 * a BOM is skipped; `Entry long`/`Exit Short` in any case; money in parentheses is negative.
 * Times are wall-clock times of the chart's zone, which the caller names.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import { CsvFormatError } from '../../market/csv/csv-format-error.ts';
import { CsvScanner } from '../../market/csv/csv-scanner.ts';
import type { TradeDirection } from '../broker/trade-record.ts';
import { parseListTime } from './list-time.ts';
import { type ListedFill, type ListedTrade, OPEN_TRADE_SIGNAL } from './listed-trade.ts';

export interface TradeListReadOptions {
  /** Zone of the times in the file (IANA or `UTC+8`): the chart's zone when it was exported. */
  readonly timezone: string;
  /** File name for messages. */
  readonly source?: string;
}

type Column =
  | 'number'
  | 'type'
  | 'time'
  | 'signal'
  | 'price'
  | 'qty'
  | 'profit'
  | 'profitPercent'
  | 'runup'
  | 'drawdown'
  | 'cumulative';

const REQUIRED: readonly Column[] = ['number', 'type', 'time', 'price'];
const COMMA = 44;

interface TradeRows {
  direction?: TradeDirection;
  entry?: ListedFill;
  exit?: ListedFill;
  qty: number;
  profit: number;
  profitPercent: number;
  runup: number;
  drawdown: number;
  cumulative: number;
}

/** Trades in trade-number order; a trade with no entry row (cut off by the export) is dropped. */
export function readTradeListCsv(text: string, options: TradeListReadOptions): ListedTrade[] {
  const source = options.source ?? '<trades csv>';
  const scanner = new CsvScanner(text, COMMA, source);
  if (!scanner.next()) throw new CsvFormatError(source, 1, 'no data: the text is empty');
  const columns = locateColumns(scanner.fields(), source, scanner.line);
  const byNumber = new Map<number, TradeRows>();
  while (scanner.next()) {
    const at = (c: Column) => {
      const i = columns.get(c);
      return i === undefined || i >= scanner.count ? '' : scanner.field(i).trim();
    };
    const number = Number(at('number'));
    const kind = /^(entry|exit)\s+(long|short)$/i.exec(at('type'));
    const time = parseListTime(at('time'), options.timezone);
    const price = Number(at('price'));
    if (!Number.isInteger(number) || !kind || Number.isNaN(time) || !Number.isFinite(price)) {
      throw new CsvFormatError(
        source,
        scanner.line,
        `not a trade row: ${scanner.fields().join(',')}`,
      );
    }
    const trade = byNumber.get(number) ?? emptyTrade();
    byNumber.set(number, trade);
    const fill = { time, price, signal: at('signal') };
    if (kind[1]!.toLowerCase() === 'entry') trade.entry = fill;
    else trade.exit = fill;
    trade.direction = kind[2]!.toLowerCase() as TradeDirection;
    // The current layout repeats the trade's figures on both rows; the older one fills the exit row only.
    trade.qty = keep(trade.qty, money(at('qty')));
    trade.profit = keep(trade.profit, money(at('profit')));
    trade.profitPercent = keep(trade.profitPercent, money(at('profitPercent')));
    trade.runup = keep(trade.runup, money(at('runup')));
    trade.drawdown = keep(trade.drawdown, -Math.abs(money(at('drawdown'))));
    trade.cumulative = keep(trade.cumulative, money(at('cumulative')));
  }
  const trades: ListedTrade[] = [];
  for (const [tradeNumber, t] of [...byNumber].sort((a, b) => a[0] - b[0])) {
    if (!t.entry || !t.direction) continue;
    const open = !t.exit || t.exit.signal === OPEN_TRADE_SIGNAL;
    trades.push({
      tradeNumber,
      direction: t.direction,
      qty: t.qty,
      entry: t.entry,
      exit: t.exit ?? { time: Number.NaN, price: Number.NaN, signal: OPEN_TRADE_SIGNAL },
      open,
      profit: t.profit,
      profitPercent: t.profitPercent,
      maxRunup: t.runup,
      maxDrawdown: t.drawdown,
      cumulativeProfit: t.cumulative,
    });
  }
  return trades;
}

function emptyTrade(): TradeRows {
  const nan = Number.NaN;
  return {
    qty: nan,
    profit: nan,
    profitPercent: nan,
    runup: nan,
    drawdown: nan,
    cumulative: nan,
  };
}

function keep(current: number, next: number): number {
  return Number.isNaN(next) ? current : next;
}

/** `1,234.5` → 1234.5, `(124.75)` → −124.75, empty or `—` → NaN. */
function money(text: string): number {
  const t = text.replaceAll(',', '').replace(/^\((.*)\)$/, '-$1');
  return t === '' || t === '—' || t === '-' ? Number.NaN : Number(t);
}

function locateColumns(header: string[], source: string, line: number): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = classify(name.trim().toLowerCase());
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new CsvFormatError(
      source,
      line,
      `not a TradingView trade list: no ${missing.join(', ')} column in "${header.join(',')}"`,
    );
  }
  return columns;
}

function classify(name: string): Column | undefined {
  if (name === 'trade #' || name === 'trade number') return 'number';
  if (name === 'type') return 'type';
  if (name === 'date and time' || name === 'date/time') return 'time';
  if (name === 'signal') return 'signal';
  if (name === 'price' || name.startsWith('price ')) return 'price';
  if (/^(position size|size) \(qty\)$|^contracts$|^qty$|^quantity$/.test(name)) return 'qty';
  const percent = name.endsWith(' %') || name.endsWith('%');
  if (/^(net p&l|net pnl|profit)\b/.test(name)) return percent ? 'profitPercent' : 'profit';
  if (percent) return undefined;
  if (/^(favorable excursion|run-up)\b/.test(name)) return 'runup';
  if (/^(adverse excursion|drawdown)\b/.test(name)) return 'drawdown';
  if (/^(cumulative p&l|cumulative pnl|cumulative profit|cum\. profit)\b/.test(name))
    return 'cumulative';
  return undefined;
}

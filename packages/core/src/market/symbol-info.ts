/** What Barwise knows about an instrument: the fields Pine exposes as `syminfo.*`. */
import { InputError } from '../input-error.ts';
import { assertTimezone } from './timezone.ts';

export interface SymbolInfo {
  /** Ticker without exchange prefix, e.g. `GOOG`, `BTCUSDT` (`syminfo.ticker`). */
  readonly ticker: string;
  /** Exchange or source prefix, e.g. `NASDAQ`, `BINANCE`; empty when unknown (`syminfo.prefix`). */
  readonly exchange: string;
  /** IANA time zone of the exchange (`syminfo.timezone`). */
  readonly timezone: string;
  /** Trading session in TradingView notation, e.g. `24x7` or `0930-1600:23456` (`syminfo.session`). */
  readonly session: string;
  /** Smallest price step (`syminfo.mintick`); fills and stop/limit levels round to it. */
  readonly mintick: number;
  /** Currency value of one point of price move per contract (`syminfo.pointvalue`). */
  readonly pointValue: number;
  /** Smallest tradable quantity step (`syminfo.mincontract`); order sizes round down to it. */
  readonly lotSize: number;
  /** Quote currency (`syminfo.currency`). */
  readonly currency: string;
}

export const DEFAULT_SYMBOL_INFO: Omit<SymbolInfo, 'ticker'> = {
  exchange: '',
  timezone: 'UTC',
  session: '24x7',
  mintick: 0.01,
  pointValue: 1,
  lotSize: 1,
  currency: 'USD',
};

export function symbolInfo(ticker: string, overrides: Partial<SymbolInfo> = {}): SymbolInfo {
  return { ...DEFAULT_SYMBOL_INFO, ticker, ...overrides };
}

/** `EXCHANGE:TICKER` as TradingView writes it (`syminfo.tickerid`). */
export function tickerId(info: SymbolInfo): string {
  return info.exchange ? `${info.exchange}:${info.ticker}` : info.ticker;
}

const NUMERIC_KEYS = {
  mintick: 'mintick',
  pointvalue: 'pointValue',
  mincontract: 'lotSize',
  lotsize: 'lotSize',
} as const;
const TEXT_KEYS = {
  exchange: 'exchange',
  timezone: 'timezone',
  session: 'session',
  currency: 'currency',
} as const;

/**
 * Reads `mintick=0.01,pointvalue=50,mincontract=0.1,timezone=America/New_York` (keys as in Pine's
 * `syminfo.*`, case-insensitive; `lotsize` is another name for `mincontract`) into symbol
 * properties; an unknown key or bad value names itself.
 */
export function parseSymbolOverrides(text: string): Partial<SymbolInfo> {
  const result: Record<string, string | number> = {};
  for (const item of text.split(',').filter((s) => s.trim() !== '')) {
    const eq = item.indexOf('=');
    const key = item.slice(0, eq).trim().toLowerCase();
    const value = item.slice(eq + 1).trim();
    if (eq < 0 || value === '')
      throw new InputError(`syminfo "${item.trim()}": expected key=value`);
    if (key in NUMERIC_KEYS) {
      const n = Number(value);
      if (!(n > 0) || !Number.isFinite(n))
        throw new InputError(`syminfo ${key}: "${value}" is not a positive number`);
      result[NUMERIC_KEYS[key as keyof typeof NUMERIC_KEYS]] = n;
    } else if (key in TEXT_KEYS) {
      if (key === 'timezone') assertTimezone(value);
      result[TEXT_KEYS[key as keyof typeof TEXT_KEYS]] = value;
    } else {
      const known = [...Object.keys(NUMERIC_KEYS), ...Object.keys(TEXT_KEYS)].join(', ');
      throw new InputError(`syminfo: unknown key "${key}" (known: ${known})`);
    }
  }
  return result as Partial<SymbolInfo>;
}

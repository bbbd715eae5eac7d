/**
 * `barwise data universe`: the most liquid markets of an exchange from its 24-hour tickers, in one
 * quote currency, without stablecoin-to-stablecoin pairs and leveraged tokens (BTCUP, ETH3L …),
 * whose prices track a fund rather than a market.
 */
import { InputError } from '@barwise/core';
import type { TickerSnapshot, TickerSource } from './providers/ticker-source.ts';

export interface UniverseOptions {
  /** Quote currency, e.g. USDT. */
  readonly quote: string;
  /** How many markets to keep. */
  readonly top: number;
  /** `volume`: 24 h traded value in the quote currency; `change`: absolute 24 h price change. */
  readonly by?: 'volume' | 'change' | undefined;
  /** Least 24 h traded value in the quote currency. */
  readonly minVolume?: number | undefined;
  /** `spot` (default) or perpetual `swap` markets. */
  readonly kind?: 'spot' | 'swap' | undefined;
  readonly includeStablecoins?: boolean | undefined;
  readonly includeLeveraged?: boolean | undefined;
}

/** Stablecoins and fiat-pegged tokens: a pair of two of them has no market of its own to trade. */
export const STABLECOINS: ReadonlySet<string> = new Set([
  'USDT',
  'USDC',
  'BUSD',
  'TUSD',
  'FDUSD',
  'DAI',
  'USDP',
  'PAX',
  'USDD',
  'PYUSD',
  'GUSD',
  'USDE',
  'FRAX',
  'LUSD',
  'SUSD',
  'UST',
  'USTC',
  'EURT',
  'EURC',
  'EURI',
  'AEUR',
  'XUSD',
  'USD1',
  'RLUSD',
  'BFUSD',
  'USDS',
  'EUR',
  'USD',
  'GBP',
  'TRY',
  'BRL',
  'AUD',
]);

/** Leveraged tokens: Binance's BTCUP/BTCDOWN, FTX-style BULL/BEAR, and 3L/3S, 5L/5S tokens. */
const LEVERAGED = /^(?:.+(?:UP|DOWN|BULL|BEAR|HEDGE)|.+\d+[LS])$/;

export function isLeveragedToken(base: string): boolean {
  return LEVERAGED.test(base) && !NOT_LEVERAGED.has(base);
}

/** Real coins whose names end like a leveraged token. */
const NOT_LEVERAGED: ReadonlySet<string> = new Set([
  'JUP',
  'SUP',
  'PUP',
  'CUP',
  'SYRUP',
  'WHALEUP',
]);

export function selectUniverse(
  tickers: readonly TickerSnapshot[],
  options: UniverseOptions,
): TickerSnapshot[] {
  if (!Number.isSafeInteger(options.top) || options.top <= 0)
    throw new InputError(`--top: ${options.top} is not a positive whole number`);
  const quote = options.quote.toUpperCase();
  const minVolume = options.minVolume ?? 0;
  const kept = tickers.filter(
    (t) =>
      t.active &&
      t.quote === quote &&
      t.quoteVolume >= minVolume &&
      (options.includeStablecoins || !(STABLECOINS.has(t.base) && STABLECOINS.has(t.quote))) &&
      (options.includeLeveraged || !isLeveragedToken(t.base)),
  );
  const score =
    options.by === 'change'
      ? (t: TickerSnapshot) => Math.abs(t.changePercent)
      : (t: TickerSnapshot) => t.quoteVolume;
  return kept
    .sort((a, b) => score(b) - score(a) || a.ticker.localeCompare(b.ticker))
    .slice(0, options.top);
}

/** Loads the tickers of a source and selects from them. */
export async function loadUniverse(
  source: TickerSource,
  options: UniverseOptions,
): Promise<TickerSnapshot[]> {
  return selectUniverse(await source.tickers(options.kind ?? 'spot'), options);
}

/**
 * The bars a backtest runs on: an OHLCV CSV text (parsed by the core importer, the timeframe read
 * off the bar spacing and the tick off the price decimals unless given) or a stored dataset, with
 * symbol properties a file cannot carry (`--syminfo`) laid over what is known, and cut at the
 * range's end.
 */
import {
  type Bars,
  createBars,
  InputError,
  parseOhlcvCsv,
  type SymbolInfo,
  sliceByTime,
  symbolInfo,
  type Timeframe,
} from '@barwise/core';
import type { CandleStore } from '../data/candle-store.ts';
import { labelCsvBars } from './label-csv-bars.ts';

export type BacktestData =
  | {
      readonly kind: 'csv';
      readonly text: string;
      /** File name: messages name it, and its stem is the ticker (`GOOG.csv` → GOOG). */
      readonly name: string;
      /** Default: inferred from the spacing of the bars. */
      readonly timeframe?: Timeframe | undefined;
    }
  | {
      readonly kind: 'dataset';
      readonly ticker: string;
      readonly source?: string | undefined;
      readonly timeframe: Timeframe;
    };

export async function loadBacktestBars(
  data: BacktestData,
  symbol: Partial<SymbolInfo>,
  candles: CandleStore | null,
): Promise<Bars> {
  if (data.kind === 'csv') return csvBars(data, symbol);
  if (!candles) throw new InputError('a dataset needs the candle store');
  const dataset = await candles.resolve(data.ticker, data.timeframe, data.source);
  const bars = await candles.load(dataset);
  return createBars({ ...bars.symbol, ...symbol }, bars.timeframe, bars);
}

function csvBars(data: Extract<BacktestData, { kind: 'csv' }>, overrides: Partial<SymbolInfo>) {
  const stem = data.name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const symbol = symbolInfo(stem.toUpperCase(), overrides);
  // The timeframe only labels parsed bars, so a provisional one is replaced once inferred.
  const provisional = data.timeframe ?? { unit: 'day', multiplier: 1 };
  const { bars } = parseOhlcvCsv(data.text, { symbol, timeframe: provisional, source: data.name });
  return labelCsvBars(bars, { timeframe: data.timeframe, mintick: overrides.mintick });
}

/** The bars before `to` (ms UTC, exclusive); an empty result is bad input. */
export function barsBefore(bars: Bars, to: number | undefined): Bars {
  const cut = to === undefined ? bars : sliceByTime(bars, Number.NEGATIVE_INFINITY, to);
  if (cut.length === 0) throw new InputError('no bars to backtest in the given range');
  return cut;
}

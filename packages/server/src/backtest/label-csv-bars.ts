/**
 * Bars parsed from a CSV, labelled with what the file does not say: the timeframe read off the
 * bar spacing (`inferTimeframe`) and the tick off the price decimals (`inferMintick`), unless the
 * caller was given them. Shared by `barwise backtest`, `barwise run` and `barwise data import`,
 * so one file gives the same bars to all three.
 */
import { type Bars, createBars, inferMintick, type Timeframe } from '@barwise/core';
import { inferTimeframe } from './infer-timeframe.ts';

export interface GivenLabels {
  readonly timeframe?: Timeframe | undefined;
  readonly mintick?: number | undefined;
}

export function labelCsvBars(parsed: Bars, given: GivenLabels): Bars {
  const symbol = { ...parsed.symbol, mintick: given.mintick ?? inferMintick(parsed) };
  const timeframe = given.timeframe ?? inferTimeframe(parsed.time, symbol.timezone);
  return createBars(symbol, timeframe, parsed);
}

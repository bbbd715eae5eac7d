/**
 * The backtest service the CLI and the HTTP API call: a strategy's source, the data to run it on
 * and the tester settings in; the Strategy Tester's report out. Range times are read like the
 * data commands read them: dates or ISO times in the symbol's zone unless they carry an offset.
 */
import {
  fromLocalMs,
  InputError,
  type InputValue,
  type SymbolInfo,
  TimeReader,
} from '@barwise/core';
import type { CandleStore } from '../data/candle-store.ts';
import { type BacktestData, barsBefore, loadBacktestBars } from './backtest-bars.ts';
import {
  type BacktestOptions,
  type BacktestReport,
  type BacktestScript,
  type CommissionSetting,
  runBacktest,
} from './run-backtest.ts';

export interface BacktestRequest {
  readonly script: BacktestScript;
  readonly data: BacktestData;
  /** Symbol properties laid over the data's (`mintick`, `pointValue`, `timezone` …). */
  readonly symbol?: Partial<SymbolInfo> | undefined;
  /** Trading starts here (inclusive); bars before it warm the script up without trading. */
  readonly from?: string | undefined;
  /** Bars end here (exclusive). */
  readonly to?: string | undefined;
  readonly inputs?: Readonly<Record<string, InputValue>> | undefined;
  readonly initialCapital?: number | undefined;
  /** Overrides `strategy(commission_type, commission_value)`. */
  readonly commission?: CommissionSetting | undefined;
  /** Overrides `strategy(slippage)`, in ticks. */
  readonly slippageTicks?: number | undefined;
  readonly onProgress?: BacktestOptions['onProgress'];
  readonly signal?: BacktestOptions['signal'];
}

/** `candles` serves `dataset` data; a CSV needs none. */
export async function backtest(
  request: BacktestRequest,
  candles: CandleStore | null,
): Promise<BacktestReport> {
  const loaded = await loadBacktestBars(request.data, request.symbol ?? {}, candles);
  const tz = loaded.symbol.timezone;
  const to = request.to === undefined ? undefined : rangeTime('--to', request.to, tz);
  const bars = barsBefore(loaded, to);
  const from = request.from === undefined ? undefined : rangeTime('--from', request.from, tz);
  if (from !== undefined && from > bars.time[bars.length - 1]!)
    throw new InputError('--from is after the last bar: no bars to backtest in the given range');
  return runBacktest(request.script, bars, {
    inputs: request.inputs,
    initialCapital: request.initialCapital,
    commission: request.commission,
    slippageTicks: request.slippageTicks,
    tradingStart: from,
    onProgress: request.onProgress,
    signal: request.signal,
  });
}

export function rangeTime(name: string, text: string, timezone: string): number {
  const reader = new TimeReader();
  const value = reader.read(text, 0, text.length);
  if (Number.isNaN(value))
    throw new InputError(
      `${name}: "${text}" is not a time (use YYYY-MM-DD, an ISO date-time or epoch seconds)`,
    );
  return reader.absolute ? value : fromLocalMs(timezone, value);
}

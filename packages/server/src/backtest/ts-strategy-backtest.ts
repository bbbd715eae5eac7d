/**
 * The backtest service for TypeScript strategies: a loaded strategy module, the data and the
 * run's settings in (the module's declared `settings`, overridden by the request); the kernel's
 * result out. `from`/`to` cut the bars — a TypeScript strategy sees only the bars in range, so
 * its indicators warm up inside it, as in backtesting.py and backtrader.
 */
import {
  type AbortSignalLike,
  AssertionError,
  type BacktestConfig,
  type BacktestResult,
  type Bars,
  engineTradeRecords,
  InputError,
  type ListedTrade,
  listTrades,
  type ParamSpecs,
  type Params,
  type ParamValue,
  type PerformanceSummary,
  parseCostModelSpec,
  performanceSummary,
  resolveParams,
  runBacktest,
  type SymbolInfo,
  sliceByTime,
} from '@barwise/core';
import type { CandleStore } from '../data/candle-store.ts';
import { rangeTime } from './backtest.ts';
import { type BacktestData, barsBefore, loadBacktestBars } from './backtest-bars.ts';
import { parseCommission } from './commission-spec.ts';
import { type FillModelChoice, fillModelFor } from './fill-model-choice.ts';
import type { LoadedTsStrategy } from './load-ts-strategy.ts';

export interface TsBacktestRequest {
  readonly strategy: LoadedTsStrategy;
  readonly data: BacktestData;
  /** Symbol properties laid over the data's (`pointValue`, `timezone` …). */
  readonly symbol?: Partial<SymbolInfo> | undefined;
  /** First bar (inclusive) and end of the bars (exclusive), read in the symbol's zone. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Parameter overrides by name; text is read by the parameter's declared type. */
  readonly params?: Readonly<Record<string, ParamValue>> | undefined;
  readonly initialCapital?: number | undefined;
  /** A commission schedule as text (commission-spec.ts), or the engine's cost-model spec. */
  readonly commission?: string | Readonly<Record<string, unknown>> | undefined;
  readonly fillModel?: FillModelChoice | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  readonly signal?: AbortSignalLike | undefined;
}

export interface TsBacktestReport {
  readonly title: string;
  readonly bars: Bars;
  readonly rangeStart: number;
  readonly rangeEnd: number;
  readonly result: BacktestResult<Params>;
  /**
   * The run as TradingView's Strategy Tester shows it: the Performance Summary (risk-free rate
   * 2 %, TradingView's default) and the List of Trades; null when the strategy traded symbols
   * other than the chart's, which one summary cannot show.
   */
  readonly tradingView: TradingViewReport | null;
}

export interface TradingViewReport {
  readonly summary: PerformanceSummary;
  readonly trades: ListedTrade[];
}

/** `candles` serves `dataset` data; a CSV needs none. */
export async function tsStrategyBacktest(
  request: TsBacktestRequest,
  candles: CandleStore | null,
): Promise<TsBacktestReport> {
  const loaded = await loadBacktestBars(request.data, request.symbol ?? {}, candles);
  const tz = loaded.symbol.timezone;
  const to = request.to === undefined ? undefined : rangeTime('--to', request.to, tz);
  const from = request.from === undefined ? undefined : rangeTime('--from', request.from, tz);
  const bars = barsBefore(
    from === undefined ? loaded : sliceByTime(loaded, from, Number.POSITIVE_INFINITY),
    to,
  );
  const { strategy, settings } = request.strategy;
  const commission =
    request.commission === undefined
      ? settings.commission
      : typeof request.commission === 'string'
        ? parseCommission(request.commission, '--commission')
        : parseCostModelSpec(request.commission, 'commission');
  const fillModel = request.fillModel ? fillModelFor(request.fillModel) : settings.fillModel;
  const config: BacktestConfig<Params> = {
    ...settings,
    strategy,
    data: bars,
    params: { ...settings.params, ...typedParams(strategy.params, request.params ?? {}) },
    ...(request.initialCapital === undefined ? {} : { initialCash: request.initialCapital }),
    ...(commission === undefined ? {} : { commission }),
    ...(fillModel === undefined ? {} : { fillModel }),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    ...(request.signal ? { signal: request.signal } : {}),
  };
  checkParams(strategy.params, config.params ?? {});
  const result = runBacktest(config);
  return {
    title: strategy.name,
    bars,
    rangeStart: bars.time[0]!,
    rangeEnd: bars.time[bars.length - 1]!,
    result,
    tradingView: tradingViewReport(result, bars),
  };
}

function tradingViewReport(result: BacktestResult<Params>, bars: Bars): TradingViewReport | null {
  const symbol = bars.symbol.ticker;
  if ([...result.trades, ...result.openTrades].some((t) => t.symbol !== symbol)) return null;
  const { closed, open } = engineTradeRecords(result, bars);
  const last = bars.length - 1;
  return {
    summary: performanceSummary({
      closedTrades: closed,
      openTrades: open,
      equity: result.equity,
      bars,
      initialCapital: result.initialCash,
    }),
    trades: listTrades(closed, open, {
      lastBar: { time: bars.time[last]!, close: bars.close[last]! },
      pointValue: bars.symbol.pointValue,
    }),
  };
}

/** Text values read by each parameter's type; unknown names list the strategy's parameters. */
function typedParams(specs: ParamSpecs<Params>, raw: Readonly<Record<string, ParamValue>>): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(raw)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs).map((k) => `"${k}"`);
      throw new InputError(
        `unknown parameter "${name}" (the strategy has ${known.length > 0 ? known.join(', ') : 'none'})`,
      );
    }
    out[name] = typeof value === 'string' ? readParam(name, value, spec.default) : value;
  }
  return out;
}

function readParam(name: string, text: string, like: ParamValue): ParamValue {
  if (typeof like === 'number') {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n))
      throw new InputError(`parameter "${name}": "${text}" is not a number`);
    return n;
  }
  if (typeof like === 'boolean') {
    if (text !== 'true' && text !== 'false')
      throw new InputError(`parameter "${name}": "${text}" is not true or false`);
    return text === 'true';
  }
  return text;
}

/** The kernel's parameter checks (types, ranges, options) as bad input rather than a bug. */
function checkParams(specs: ParamSpecs<Params>, params: Partial<Params>): void {
  try {
    resolveParams(specs, params);
  } catch (error) {
    if (error instanceof AssertionError) throw new InputError(error.message);
    throw error;
  }
}

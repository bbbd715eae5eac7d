/**
 * Backtests a Pine strategy on bars as TradingView's Strategy Tester does, and gathers what its
 * tabs show: the Performance Summary, the List of Trades, the equity curve, and our order log
 * (why each order filled or was cancelled). Every user mistake — a compile error, a script that
 * is not a strategy, an unknown input, a runtime error — is a one-line InputError.
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import {
  type Bars,
  type CommissionType,
  type CompiledScript,
  CompileError,
  compileScript,
  InputError,
  type InputValue,
  type ListedTrade,
  listTrades,
  MARGIN_CALL_SIGNAL,
  type OrderEvent,
  type PerformanceSummary,
  type PineRunContext,
  performanceSummary,
  runScript,
  runtime,
} from '@barwise/core';

export interface BacktestScript {
  readonly source: string;
  /** Named in compile and runtime errors (`file:line:col`). */
  readonly fileName: string;
}

export interface BacktestOptions {
  /** Input overrides by title, as TradingView's Settings dialog names them. */
  readonly inputs?: Readonly<Record<string, InputValue>> | undefined;
  /** Overrides `strategy(initial_capital)`. */
  readonly initialCapital?: number | undefined;
  /** Overrides `strategy(commission_type, commission_value)`. */
  readonly commission?: CommissionSetting | undefined;
  /** Overrides `strategy(slippage)`: whole ticks against the trader on market and stop fills. */
  readonly slippageTicks?: number | undefined;
  /** First time (ms UTC) the strategy may trade; earlier bars only warm it up. */
  readonly tradingStart?: number | undefined;
  /** Bars done of the run's total, at most ~200 times a run (core's PROGRESS_STEPS). */
  readonly onProgress?: ((barsDone: number, barsTotal: number) => void) | undefined;
  /** Once aborted, the run stops at its next progress point with core's RunCancelledError. */
  readonly signal?: { readonly aborted: boolean } | undefined;
}

/**
 * The Strategy Tester's commission setting: `value` percent of the traded value, cash per contract,
 * or cash per order (TRADINGVIEW-SEMANTICS.md rule 7).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy
 */
export interface CommissionSetting {
  readonly type: CommissionType;
  readonly value: number;
}

/** One column of the script's plot outputs in TradingView's "Export chart data" layout (na is NaN). */
export interface PlotColumn {
  readonly name: string;
  readonly values: Float64Array;
}

export interface BacktestReport {
  readonly title: string;
  readonly bars: Bars;
  /** The tested range: the first bar at or after the trading start, through the last bar. */
  readonly rangeStart: number;
  readonly rangeEnd: number;
  readonly initialCapital: number;
  /** `strategy.account_currency`: P&L columns are in it. */
  readonly accountCurrency: string;
  readonly summary: PerformanceSummary;
  /** Trade-number order; an open trade is listed at the last close with signal `Open`. */
  readonly trades: readonly ListedTrade[];
  /** Equity at each bar's close. */
  readonly equity: Float64Array;
  readonly orderLog: readonly OrderEvent[];
  /** The script's plot-family outputs, one value per bar. */
  readonly plots: readonly PlotColumn[];
}

export function runBacktest(
  script: BacktestScript,
  bars: Bars,
  options: BacktestOptions = {},
): BacktestReport {
  const compiled = compileStrategy(script);
  const { strategy, outputs } = runStrategy(compiled, bars, options);
  const broker = strategy.broker;
  const ledger = broker.ledger;
  const closedTrades = ledger.closed.toArray();
  const openTrades = broker.openTradeRecords();
  const last = bars.length - 1;
  const initialCapital = broker.config.initialCapital;
  const rangeStart = bars.time[firstTradingBar(bars, options.tradingStart)]!;
  const riskFreeRate = compiled.declaration.risk_free_rate;
  const summary = performanceSummary({
    closedTrades,
    openTrades,
    equity: broker.equityCurve().byBar,
    bars,
    initialCapital,
    rangeStart,
    marginCalls: broker.orderLog.count(MARGIN_CALL_SIGNAL, 'filled'),
    ...(typeof riskFreeRate === 'number' ? { riskFreeRate } : {}),
  });
  return {
    title: compiled.title,
    bars,
    rangeStart,
    rangeEnd: bars.time[last]!,
    initialCapital,
    accountCurrency: strategy.account_currency,
    summary,
    trades: listTrades(closedTrades, openTrades, {
      lastBar: { time: bars.time[last]!, close: bars.close[last]! },
      pointValue: bars.symbol.pointValue,
    }),
    equity: broker.equityCurve().byBar,
    orderLog: broker.orderLog.toArray(),
    plots: outputs.columns(),
  };
}

/** Compiles, keeping the first diagnostic's `file:line:col: error …` line of a failed compile. */
function compileStrategy(script: BacktestScript): CompiledScript {
  let compiled: CompiledScript;
  try {
    compiled = compileScript(script.source, { fileName: script.fileName });
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const lines = error.message.split('\n');
    const errors = lines.filter((l) => l.startsWith(`${script.fileName}:`)).length;
    const more = errors > 1 ? ` (and ${errors - 1} more)` : '';
    throw new CompileError(`${lines[0]}${more}`);
  }
  if (compiled.kind !== 'strategy')
    throw new InputError(
      `${script.fileName}: not a strategy (it declares ${compiled.kind}(); backtests need strategy())`,
    );
  return compiled;
}

function runStrategy(compiled: CompiledScript, bars: Bars, options: BacktestOptions) {
  let context: PineRunContext;
  try {
    context = runScript(compiled, bars, {
      ...(options.inputs ? { inputs: options.inputs } : {}),
      strategy: strategyOverrides(options),
      ...(options.tradingStart === undefined ? {} : { tradingStart: options.tradingStart }),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    }).context;
  } catch (error) {
    // The run loop has named the script line, bar index and bar time in the message.
    if (error instanceof runtime.PineRuntimeError) throw new InputError(error.message);
    throw error;
  }
  if (!context.strategy) throw new Error('a strategy() script ran without a broker');
  return { strategy: context.strategy, outputs: context.outputs };
}

/** The tester settings as `strategy(...)` arguments by Pine name; they beat the script's own. */
function strategyOverrides(options: BacktestOptions): Record<string, number | string> {
  const { initialCapital, commission, slippageTicks } = options;
  if (commission !== undefined && !(commission.value >= 0))
    throw new InputError(`commission.value: ${commission.value} is not a number ≥ 0`);
  if (slippageTicks !== undefined && !(Number.isInteger(slippageTicks) && slippageTicks >= 0))
    throw new InputError(`slippageTicks: ${slippageTicks} is not a whole number of ticks ≥ 0`);
  return {
    ...(initialCapital === undefined ? {} : { initial_capital: initialCapital }),
    ...(commission === undefined
      ? {}
      : { commission_type: commission.type, commission_value: commission.value }),
    ...(slippageTicks === undefined ? {} : { slippage: slippageTicks }),
  };
}

function firstTradingBar(bars: Bars, tradingStart: number | undefined): number {
  if (tradingStart === undefined) return 0;
  let i = 0;
  while (i < bars.length - 1 && bars.time[i]! < tradingStart) i++;
  return i;
}
